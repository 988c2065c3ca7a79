namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A linear-threshold node's threshold law: a value for the node's trait draw u, before clipping to [0, 1].</summary>
public abstract record OracleThreshold
{
    public abstract double ValueFor(double u);
}
