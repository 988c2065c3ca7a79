namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>The same threshold for every node.</summary>
public sealed record ConstantThreshold(double Value) : OracleThreshold
{
    public override double ValueFor(double u) => Value;
}
