using MathNet.Numerics.Distributions;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary><c>{ normal: [mean, sd] }</c>: the normal quantile of u; sd = 0 gives the mean.</summary>
public sealed record NormalThreshold(double Mean, double Sd) : OracleThreshold
{
    public override double ValueFor(double u) => Sd == 0 ? Mean : Normal.InvCDF(Mean, Sd, u);
}
