namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary><c>{ uniform: [min, max] }</c>: min + u (max - min).</summary>
public sealed record UniformThreshold(double Min, double Max) : OracleThreshold
{
    public override double ValueFor(double u) => Min + (u * (Max - Min));
}
