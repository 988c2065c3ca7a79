using System.Globalization;
using InfluenceSim.Scenarios.Generators;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>seeding:</c> block: the strategy and the keys it takes, against the network where it is known.</summary>
internal sealed class SeedingValidator(ProblemList problems, ValueChecker values, SeedingStrategies strategies)
{
    private const string StrategyKey = "strategy";
    private const string CountKey = "count";
    private const string FractionKey = "fraction";
    private const string NodesKey = "nodes";
    private const string BudgetKey = "budget";
    private const string CostKey = "cost";

    /// <summary>Every key a <c>seeding:</c> block can hold with <paramref name="strategies"/>.</summary>
    public static string[] KeysOf(SeedingStrategies strategies) => [StrategyKey, CountKey, FractionKey, BudgetKey, CostKey, NodesKey, .. SeedingOptionsReader.KeysOf(strategies)];

    /// <summary>The seeding (strategy none when the block is absent), or null when a problem was found.</summary>
    /// <param name="block">The block, or null when the scenario has none.</param>
    /// <param name="generator">The network's generator, when valid.</param>
    /// <param name="nodes">A generated network's node count, when valid.</param>
    /// <param name="compared">The strategies of <c>compare-seeding</c>, when the scenario compares; the block's strategy is then optional (the first compared one by default).</param>
    /// <param name="comparedAt">Where <c>compare-seeding</c> is written.</param>
    public SeedingSpec? Validate(BlockReader? block, string? generator, int? nodes, IReadOnlyList<string>? compared = null, NodeLocation comparedAt = default)
    {
        if (block is null)
        {
            if (compared is not null)
            {
                problems.Add(comparedAt, "'compare-seeding' needs a 'seeding' block with 'count' or 'fraction'");
                return null;
            }

            return new SeedingSpec(StrategyNames.None);
        }

        block.RejectUnknown();
        string? strategy = Strategy(block, compared);
        if (strategy is null)
        {
            return null;
        }

        int before = problems.Count;
        bool? generated = generator is null ? null : generator != FileGenerator.GeneratorName;
        var spec = strategies.Get(strategy).Input switch
        {
            SeedingInput.Listed => Listed(block, strategy, generated, nodes),
            SeedingInput.Nothing => Unused(block, strategy, CountKey, FractionKey, BudgetKey, CostKey, NodesKey),
            _ => Sized(block, strategy, generated == true ? nodes : null),
        };
        var options = new SeedingOptionsReader(block, values, strategies).Read(compared ?? [strategy]);
        return problems.Count == before && spec is not null ? spec with { Options = options } : null;
    }

    private string? Strategy(BlockReader block, IReadOnlyList<string>? compared)
    {
        if (compared is null)
        {
            var required = block.Required(StrategyKey);
            return required is null ? null : values.Choice(required, block.PathOf(StrategyKey), strategies.Names);
        }

        var node = block.Value(StrategyKey);
        return node is null ? compared[0] : values.Choice(node, block.PathOf(StrategyKey), compared);
    }

    private SeedingSpec Unused(BlockReader block, string strategy, params string[] keys)
    {
        foreach (string key in keys)
        {
            block.NotUsed(key, $"'{block.PathOf(key)}' is not used by strategy {strategy}");
        }

        return new SeedingSpec(strategy);
    }

    private SeedingSpec Sized(BlockReader block, string strategy, int? nodes)
    {
        Unused(block, strategy, NodesKey);
        var countNode = block.Value(CountKey);
        var fractionNode = block.Value(FractionKey);
        var budgetNode = block.Value(BudgetKey);
        if (countNode is null && fractionNode is null && budgetNode is null)
        {
            block.MissingAll([CountKey, FractionKey, BudgetKey], $" (strategy {strategy})");
        }
        else if (countNode is not null && fractionNode is not null)
        {
            block.NotBoth(CountKey, FractionKey);
        }
        else if (budgetNode is not null && (countNode ?? fractionNode) is not null)
        {
            block.NotBoth(countNode is not null ? CountKey : FractionKey, BudgetKey, ": a budget buys as many seeds as it can pay for");
        }

        string countExpected = nodes is null ? "an integer >= 1" : $"an integer from 1 to {nodes} (the number of nodes)";
        long? count = countNode is null ? null : values.Integer(countNode, block.PathOf(CountKey), countExpected, c => c >= 1 && c <= (nodes ?? int.MaxValue));
        double? fraction = fractionNode is null ? null : values.Number(fractionNode, block.PathOf(FractionKey), "a number greater than 0 and at most 1", f => f is > 0 and <= 1);
        double? budget = budgetNode is null ? null : values.Number(budgetNode, block.PathOf(BudgetKey), "a number greater than 0", b => b > 0);
        var cost = new SeedCostReader(problems, values).Read(block, CostKey) ?? SeedCost.UnitCost;
        return new SeedingSpec(strategy, Count: (int?)count, Fraction: fraction) { Budget = budget, Cost = cost };
    }

    private SeedingSpec? Listed(BlockReader block, string strategy, bool? generated, int? nodes)
    {
        Unused(block, strategy, CountKey, FractionKey, BudgetKey, CostKey);
        var node = block.Required(NodesKey, $" (strategy {strategy})");
        string path = block.PathOf(NodesKey);
        if (node is null)
        {
            return null;
        }

        if (node is not SequenceNode { Items.Count: > 0 } list)
        {
            values.Report(node, path, "a non-empty list of node ids or labels");
            return null;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var written = new List<string>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            string itemPath = $"{path}[{i}]";
            string? key = generated == true ? Id(item, itemPath, nodes) : values.Text(item, itemPath, generated is null ? "a node id or label" : "a node label");
            if (key is null)
            {
                continue;
            }

            if (seen.TryGetValue(key, out int first))
            {
                problems.Add(item.Location, $"'{itemPath}' repeats node {((ScalarNode)item).Value} (already given as '{path}[{first}]')");
            }
            else
            {
                seen.Add(key, i);
            }

            written.Add(((ScalarNode)item).Value);
        }

        return new SeedingSpec(strategy, Nodes: written);
    }

    private string? Id(ScenarioNode item, string path, int? nodes)
    {
        string expected = nodes is null ? "a node id, an integer >= 0" : $"a node id, an integer from 0 to {nodes - 1}";
        long? id = values.Integer(item, path, expected, v => v >= 0 && v < (nodes ?? int.MaxValue));
        return id?.ToString(CultureInfo.InvariantCulture);
    }
}
