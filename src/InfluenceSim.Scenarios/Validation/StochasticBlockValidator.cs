using System.Globalization;
using InfluenceSim.Scenarios.Generators;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks a <c>stochastic-block</c> network: <c>blocks</c>, <c>p-in</c>, <c>p-out</c> and an optional <c>nodes</c> equal to the blocks' sum.</summary>
internal sealed class StochasticBlockValidator(ProblemList problems, ValueChecker values)
{
    private const string BlocksKey = "blocks";

    /// <summary>The network and its node count (null when unknown), or a null network when a problem was found.</summary>
    public (NetworkSpec? Spec, int? Nodes) Validate(BlockReader block)
    {
        string why = $" (generator {StochasticBlockGenerator.GeneratorName})";
        var blocksNode = block.Required(BlocksKey, why);
        string sizeExpected = $"a block size, an integer from 1 to {ScenarioLimits.MaxNodes}";
        int[]? blocks = blocksNode is null
            ? null
            : ListedSize.ReadIntegers(values, blocksNode, block.PathOf(BlocksKey), $"a list of 1 to {Graphs.MaxBlocks} block sizes, such as [500, 500, 1000]", Graphs.MaxBlocks, sizeExpected, s => s is >= 1 and <= ScenarioLimits.MaxNodes);
        int? nodes = ListedSize.Nodes(block, values, problems, blocks?.Sum(s => (long)s), BlocksKey);
        double? pIn = Probability(block, "p-in", why);
        double? pOut = Probability(block, "p-out", why);
        if (blocks is null || nodes is null || pIn is null || pOut is null)
        {
            return (null, nodes);
        }

        double ties = 2 * Graphs.StochasticBlockExpectedTies(blocks, pIn.Value, pOut.Value);
        if (ties > ScenarioLimits.MaxTies)
        {
            problems.Add(blocksNode!.Location, $"'{block.PathOf(BlocksKey)}' is too large: this stochastic-block network would have about {ties.ToString("0", CultureInfo.InvariantCulture)} directed ties, more than the limit of {ScenarioLimits.MaxTies}");
            return (null, nodes);
        }

        return (new NetworkSpec(StochasticBlockGenerator.GeneratorName, nodes) { Blocks = blocks, PIn = pIn, POut = pOut }, nodes);
    }

    private double? Probability(BlockReader block, string key, string why)
    {
        var node = block.Required(key, why);
        return node is null ? null : values.Number(node, block.PathOf(key), "a probability from 0 to 1", p => p is >= 0 and <= 1);
    }
}
