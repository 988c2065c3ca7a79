using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Scenarios.Validation;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// The checks that need the network: builds it (reporting a bad network file as a scenario
/// problem), resolves explicit seeds (ids or file labels), checks seed counts against its size and
/// that the model serves the spread estimate each named strategy declares it needs.
/// </summary>
public static class RunPreparation
{
    /// <summary>Builds the network and the seed plan; throws <see cref="ScenarioException"/> with every problem found.</summary>
    public static PreparedRun Prepare(Scenario scenario)
    {
        var clock = Stopwatch.StartNew();
        var network = BuildNetwork(scenario);
        double buildSeconds = clock.Elapsed.TotalSeconds;
        var problems = new List<ScenarioProblem>();
        int[] explicitNodes = ResolveExplicitSeeds(scenario, network, problems);
        CheckSeedCount(scenario, network, problems);
        CheckPartitions(scenario, network, problems);
        CheckSpreadEstimates(scenario, problems);
        CheckWeights(scenario, network, problems);
        CheckCostAttribute(scenario, network, problems);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return new PreparedRun(scenario, network, explicitNodes, buildSeconds)
        {
            Attributes = NodeAttributeMapping.Values(network, scenario.Market.Population),
        };
    }

    private static Network BuildNetwork(Scenario scenario)
    {
        try
        {
            return NetworkFactory.Build(scenario.Generator, scenario.Network, scenario.Seed, [.. NodeAttributeMapping.Rules(scenario.Market.Population), .. CostRules(scenario.Seeding.Cost)], scenario.Model.ProbabilityRule == TieRule.FromWeight);
        }
        catch (NetworkFileException e)
        {
            string key = e.FilePath == scenario.Network.NodeFile ? "network.nodes" : "network.path";
            var at = e.Line > 0 ? new SourcePosition(e.Line, e.Column) : scenario.Locations.Locate(key);
            string file = e.Line > 0 ? e.FilePath : scenario.Locations.FileOf(key);
            throw new ScenarioException([new ScenarioProblem(file, at.Line, at.Column, e.Line > 0 ? e.Problem : $"{key}: {e.Message}")]);
        }
    }

    private static int[] ResolveExplicitSeeds(Scenario scenario, Network network, List<ScenarioProblem> problems)
    {
        if (scenario.StrategyOf(scenario.Seeding).Input != SeedingInput.Listed || scenario.Seeding.Nodes is not { } written)
        {
            return [];
        }

        var byLabel = network.Labels?.Select((label, id) => (label, id)).ToDictionary(x => x.label, x => x.id, StringComparer.Ordinal);
        var ids = new SortedSet<int>();
        for (int i = 0; i < written.Count; i++)
        {
            string path = $"seeding.nodes[{i}]";
            if (byLabel is not null ? byLabel.TryGetValue(written[i], out int id) : TryParseId(written[i], network.NodeCount, out id))
            {
                if (!ids.Add(id))
                {
                    problems.Add(Problem(scenario, path, $"seeding.nodes lists node '{written[i]}' twice"));
                }
            }
            else
            {
                string expected = byLabel is not null ? "a node label of the network file" : $"a node id in 0..{network.NodeCount - 1}";
                problems.Add(Problem(scenario, path, $"seeding.nodes: expected {expected}, found '{written[i]}'"));
            }
        }

        return [.. ids];
    }

    private static void CheckSeedCount(Scenario scenario, Network network, List<ScenarioProblem> problems)
    {
        if (scenario.Seeding.Count is { } count && count > network.NodeCount)
        {
            problems.Add(Problem(scenario, "seeding.count", string.Create(CultureInfo.InvariantCulture, $"seeding.count: expected at most the network's {network.NodeCount} nodes, found {count}")));
        }
    }

    private static void CheckPartitions(Scenario scenario, Network network, List<ScenarioProblem> problems)
    {
        if (scenario.Engine.Partitions is { } partitions && partitions > network.NodeCount)
        {
            const string path = "engine.partitions";
            var at = scenario.Locations.Locate(path);
            problems.Add(new ScenarioProblem(scenario.Locations.FileOf(path), at.Line, at.Column, string.Create(CultureInfo.InvariantCulture, $"'{path}' must be {PartitionRange.Expected(network.NodeCount)}, found {partitions}")));
        }
    }

    /// <summary>Each named strategy that estimates spread (its <c>Needs</c>) needs a model greedy seeding can estimate, and one reverse-reachable sets serve exactly when it samples them.</summary>
    private static void CheckSpreadEstimates(Scenario scenario, List<ScenarioProblem> problems)
    {
        string at = scenario.CompareSeeding is null ? "seeding.strategy" : "compare-seeding";
        foreach (var strategy in ScenarioStrategies.Of(scenario))
        {
            if (SpreadEstimateProblem(scenario, strategy, at) is { } problem && !problems.Contains(problem))
            {
                problems.Add(problem);
            }
        }
    }

    private static ScenarioProblem? SpreadEstimateProblem(Scenario scenario, SeedingStrategy strategy, string at)
    {
        var model = scenario.Model.Settings;
        var spread = strategy.Needs(scenario.Seeding.Options).Spread;
        if (spread != SpreadEstimate.None && !GreedySeeding.Supports(model))
        {
            return Problem(scenario, at, $"{at}: {strategy.Name} estimates spread under {ModelCatalogue.IndependentCascade}, or {ModelCatalogue.LinearThreshold} with model.threshold; model {scenario.Model.Kind} as given needs another strategy");
        }

        if (spread != SpreadEstimate.ReverseReachableSets || GreedySeeding.SupportsRis(model))
        {
            return null;
        }

        const string served = $"{ModelCatalogue.IndependentCascade}, or {ModelCatalogue.LinearThreshold} with threshold {{ uniform: [0, 1] }}";
        const string estimatorKey = "estimator";
        return strategy.Options.Contains(estimatorKey)
            ? Problem(scenario, $"seeding.{estimatorKey}", $"seeding.{estimatorKey}: {scenario.Seeding.Options.Estimator} (reverse-reachable sets) supports {served}; use celf with model {scenario.Model.Kind} as given")
            : Problem(scenario, at, $"{at}: {strategy.Name} samples reverse-reachable sets, which support {served} only; model {scenario.Model.Kind} as given needs another strategy");
    }

    private static void CheckWeights(Scenario scenario, Network network, List<ScenarioProblem> problems)
    {
        if (scenario.Model.ProbabilityRule == TieRule.FromWeight && network.Unweighted)
        {
            problems.Add(Problem(scenario, "model.probability", "model.probability: from-weight reads each tie's weight as its probability, but every tie of the network file weighs 1 (no weights given): give weights in (0, 1] or a number"));
        }
    }

    /// <summary>An attribute cost is read from the network file like a trait, each value checked where it stands.</summary>
    private static IEnumerable<NodeAttributeRule> CostRules(SeedCost cost) =>
        cost is { Kind: SeedCost.AttributeKind, Attribute: { } name } ? [new NodeAttributeRule(name, "a number greater than 0 (its cost, seeding.cost)", SeedCosts.IsPositive)] : [];

    private static void CheckCostAttribute(Scenario scenario, Network network, List<ScenarioProblem> problems)
    {
        if (scenario.Seeding.Cost is not { Kind: SeedCost.AttributeKind, Attribute: { } name } || SeedCosts.FirstInvalid(network, name) is not { } invalid)
        {
            return;
        }

        const string path = "seeding.cost.attribute";
        string source = scenario.Network.NodeFile ?? scenario.Network.Path ?? "no network file";
        string message = !scenario.Network.IsFile
            ? $"{path}: a cost attribute needs a network file (or node file) with the attribute '{name}'; network.generator {scenario.Network.Generator} has none"
            : $"{path}: expected every node to have a positive '{name}' in {source}, found {(invalid.Text is null ? "nothing" : $"'{invalid.Text}'")} for node '{network.LabelOf(invalid.Node)}'";
        problems.Add(Problem(scenario, path, message));
    }

    private static bool TryParseId(string text, int nodes, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id < nodes;

    private static ScenarioProblem Problem(Scenario scenario, string path, string message)
    {
        var at = scenario.Locations.Locate(path);
        return new ScenarioProblem(scenario.Locations.File, at.Line, at.Column, message);
    }
}
