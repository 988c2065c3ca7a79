using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Scenarios.Generators;

/// <summary><c>star</c>: node 0 tied to every other node.</summary>
public sealed class StarGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "star";

    public override string Summary => "node 0 tied to every other node";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [new("nodes", "an integer from 1 to the node limit")];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.WithinTieLimit(new NetworkSpec(Name, block.ReadNodes(1)));
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.Star(Nodes(spec));
}
