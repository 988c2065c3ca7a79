using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>complete</c>: every pair of nodes tied.</summary>
public sealed class CompleteGenerator() : NodesOnlyGenerator("complete", "every pair of nodes tied", Graphs.Complete)
{
    /// <summary>n (n - 1).</summary>
    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double n = spec.Nodes ?? 0;
        return n * (n - 1);
    }
}
