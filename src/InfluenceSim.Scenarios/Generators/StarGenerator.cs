using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>star</c>: node 0 tied to every other node.</summary>
public sealed class StarGenerator() : NodesOnlyGenerator(GeneratorName)
{
    public const string GeneratorName = "star";

    public override string Summary => "node 0 tied to every other node";

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.Star(Nodes(spec));
}
