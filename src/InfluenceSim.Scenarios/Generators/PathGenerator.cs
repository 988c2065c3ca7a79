using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>path</c>: node i tied to node i + 1.</summary>
public sealed class PathGenerator() : NodesOnlyGenerator(GeneratorName)
{
    public const string GeneratorName = "path";

    public override string Summary => "node i tied to node i + 1";

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.Path(Nodes(spec));
}
