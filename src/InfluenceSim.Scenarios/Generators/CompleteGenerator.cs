using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>complete</c>: every pair of nodes tied.</summary>
public sealed class CompleteGenerator() : NodesOnlyGenerator(GeneratorName)
{
    public const string GeneratorName = "complete";

    public override string Summary => "every pair of nodes tied";

    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double n = spec.Nodes ?? 0;
        return n * (n - 1);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.Complete(Nodes(spec));
}
