using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Scenarios.Generators;

/// <summary><c>complete</c>: every pair of nodes tied.</summary>
public sealed class CompleteGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "complete";

    public override string Summary => "every pair of nodes tied";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [new("nodes", "an integer from 1 to the node limit")];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.WithinTieLimit(new NetworkSpec(Name, block.ReadNodes(1)));
    }

    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double n = spec.Nodes ?? 0;
        return n * (n - 1);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.Complete(Nodes(spec));
}
