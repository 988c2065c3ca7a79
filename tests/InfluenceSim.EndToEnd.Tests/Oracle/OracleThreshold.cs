using InfluenceSim.Models.Distributions;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A law of a trait (a linear-threshold node's threshold, or any other trait): a value for the node's trait draw u, before clipping to [0, 1].</summary>
public abstract record OracleThreshold
{
    public abstract double ValueFor(double u);

    /// <summary>The law a scenario's number or distribution stands for, read as plain data.</summary>
    public static OracleThreshold Of(Distribution distribution) => distribution.Shape switch
    {
        DistributionShape.Constant => new ConstantThreshold(distribution.First),
        DistributionShape.Uniform => new UniformThreshold(distribution.First, distribution.Second),
        _ => new NormalThreshold(distribution.First, distribution.Second),
    };
}
