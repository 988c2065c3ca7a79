using InfluenceSim.Networks;
using InfluenceSim.Scenarios.Validation;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>stochastic-block</c>: blocks of nodes, tied with p-in inside a block and p-out across (Holland, Laskey and Leinhardt 1983).</summary>
public sealed class StochasticBlockGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "stochastic-block";

    public override string Summary => "blocks of nodes, each pair tied with probability p-in inside a block and p-out across blocks (Holland, Laskey and Leinhardt 1983)";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } =
    [
        new("nodes", "the sum of blocks", Required: false),
        new("blocks", "a list of block sizes, such as [500, 500, 1000]"),
        new("p-in", "a probability from 0 to 1"),
        new("p-out", "a probability from 0 to 1"),
    ];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (spec, nodes) = new StochasticBlockValidator(block.Problems, block.Values).Validate(block.Reader);
        block.Nodes = nodes;
        return spec;
    }

    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Blocks is { } blocks ? 2 * Graphs.StochasticBlockExpectedTies(blocks, spec.PIn ?? 0, spec.POut ?? 0) : base.ExpectedTies(spec);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(inputs);
        return Graphs.StochasticBlock(spec.Blocks ?? throw Missing("blocks"), Required(spec.PIn, "p-in"), Required(spec.POut, "p-out"), inputs.MasterSeed);
    }
}
