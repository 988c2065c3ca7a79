using InfluenceSim.Networks;
using InfluenceSim.Scenarios.Validation;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>stochastic-block</c>: blocks of nodes, tied with p-in inside a block and p-out across (Holland, Laskey and Leinhardt 1983).</summary>
public sealed class StochasticBlockGenerator() : DeclaredGenerator(
    GeneratorName,
    "blocks of nodes, each pair tied with probability p-in inside a block and p-out across blocks (Holland, Laskey and Leinhardt 1983)",
    [
        new("nodes", "the sum of blocks", Required: false),
        new("blocks", "a list of block sizes, such as [500, 500, 1000]"),
        new("p-in", "a probability from 0 to 1"),
        new("p-out", "a probability from 0 to 1"),
    ])
{
    public const string GeneratorName = "stochastic-block";

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Sized(new StochasticBlockValidator(block.Problems, block.Values).Validate(block.Reader));
    }

    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Blocks is { } blocks ? 2 * Graphs.StochasticBlockExpectedTies(blocks, spec.PIn ?? 0, spec.POut ?? 0) : base.ExpectedTies(spec);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Graphs.StochasticBlock(spec.Blocks ?? throw Missing("blocks"), Required(spec.PIn, "p-in"), Required(spec.POut, "p-out"), Seed(inputs));
    }
}
