using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Scenarios.Generators;

/// <summary><c>path</c>: node i tied to node i + 1.</summary>
public sealed class PathGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "path";

    public override string Summary => "node i tied to node i + 1";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [new("nodes", "an integer from 1 to the node limit")];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.WithinTieLimit(new NetworkSpec(Name, block.ReadNodes(1)));
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.Path(Nodes(spec));
}
