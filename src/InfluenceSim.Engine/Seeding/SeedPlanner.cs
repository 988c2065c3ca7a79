using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Seeding.Influence;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Communities;

namespace InfluenceSim.Engine.Seeding;

/// <summary>
/// Turns a seeding block into the seeds of every replicate. Centrality and greedy strategies are
/// computed in-process on the network and the pure model; <c>observed-prescribers</c> runs a pilot
/// of the same scenario through the cluster first.
/// </summary>
public sealed class SeedPlanner(SimulationRunner runner)
{
    /// <summary>Mixed into the master seed to give the pilot run its own draws ("pilot" in ASCII).</summary>
    public const ulong PilotSalt = 0x70696C6F74;

    /// <summary>The seed plan for <paramref name="seeding"/> on the prepared run's network.</summary>
    public async Task<SeedPlan> PlanAsync(PreparedRun prepared, SeedingSpec seeding, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var network = prepared.Network;
        if (seeding.Budget is { } budget)
        {
            return await BoughtAsync(prepared, seeding, budget, progress, cancellationToken);
        }

        long seed = prepared.Scenario.Seed;
        int k = SeedSelection.SeedCount(seeding.Count, seeding.Fraction, network.NodeCount);
        var options = seeding.Options;
        return seeding.Strategy switch
        {
            SeedingStrategies.PageRank => SeedPlan.Fixed(Ascending(CentralityRanking.PageRankTop(network, k))),
            SeedingStrategies.KCore => SeedPlan.Fixed(Ascending(CentralityRanking.CoreTop(network, k))),
            SeedingStrategies.Betweenness => SeedPlan.Fixed(Ascending(CentralityRanking.BetweennessTop(network, k, options.Samples, seed))),
            SeedingStrategies.CommunitySpread => SeedPlan.Fixed(Ascending(CommunitySpread.Seeds(network, k))),
            SeedingStrategies.Greedy => Greedy(prepared, note => GreedySeeding.Select(network, prepared.Model, k, Greedy(options), seed, note)),
            SeedingStrategies.ObservedPrescribers => SeedPlan.Fixed(Ascending((await PilotRankingAsync(prepared, seeding, progress, cancellationToken)).Take(k))),
            _ => SeedPlan.For(seeding, network, seed, prepared.ExplicitNodes),
        };
    }

    /// <summary>
    /// The seeds <paramref name="budget"/> buys: ranked strategies walk their whole ranking taking each
    /// node that still fits; greedy selects cost-effectively (docs/seeding.md, "Budgets and costs").
    /// </summary>
    private async Task<SeedPlan> BoughtAsync(PreparedRun prepared, SeedingSpec seeding, double budget, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var network = prepared.Network;
        long seed = prepared.Scenario.Seed;
        int n = network.NodeCount;
        var options = seeding.Options;
        var costs = SeedCosts.Of(seeding.Cost, network);
        IEnumerable<int>? ranking = seeding.Strategy switch
        {
            SeedingStrategies.PageRank => CentralityRanking.PageRankTop(network, n),
            SeedingStrategies.KCore => CentralityRanking.CoreTop(network, n),
            SeedingStrategies.Betweenness => CentralityRanking.BetweennessTop(network, n, options.Samples, seed),
            SeedingStrategies.CommunitySpread => CommunitySpread.Seeds(network, n),
            SeedingStrategies.ObservedPrescribers => await PilotRankingAsync(prepared, seeding, progress, cancellationToken),
            _ => null,
        };
        return seeding.Strategy switch
        {
            _ when ranking is not null => SeedPlan.Fixed(BudgetSpending.Walk(ranking, costs, budget)),
            SeedingStrategies.Greedy => Greedy(prepared, note => GreedySeeding.SelectWithin(network, prepared.Model, costs, budget, Greedy(options), seed, note)),
            _ => SeedPlan.For(seeding, network, seed, prepared.ExplicitNodes),
        };
    }

    /// <summary>
    /// Every node, the most credited with adoptions in a pilot run first: the same scenario with random
    /// seeds (the same count or budget), <c>pilot-replicates</c> replicates and its own master seed (so
    /// the pilot never sees the coins of the evaluated replicates) and no interaction stream; ties by
    /// higher out-degree, then lower id.
    /// </summary>
    private async Task<int[]> PilotRankingAsync(PreparedRun prepared, SeedingSpec seeding, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var network = prepared.Network;
        long pilotSeed = unchecked((long)Draws.Mix(unchecked((ulong)prepared.Scenario.Seed) ^ PilotSalt));
        var pilotPlan = SeedPlan.For(seeding.WithStrategy(SeedingStrategies.Random), network, pilotSeed, []);
        var request = prepared.ToRequest(pilotPlan) with { Seed = pilotSeed, Replicates = seeding.Options.PilotReplicates, Events = EventsOptions.Off, RecordNodes = false };
        var pilot = await runner.RunAsync(request, progress, cancellationToken);
        return [.. Enumerable.Range(0, network.NodeCount)
            .OrderByDescending(node => pilot.Conversions.GetValueOrDefault(node))
            .ThenByDescending(network.OutDegree)
            .ThenBy(node => node)];
    }

    private static GreedyOptions Greedy(SeedingOptions options) =>
        GreedyOptions.From(options.Estimator, options.Simulations, options.RrSets, options.Candidates, options.Epsilon, options.L);

    /// <summary>Greedy's seeds with the note its estimator gives; IMM's refusal to sample more than fits is reported at <c>seeding.estimator</c>.</summary>
    private static SeedPlan Greedy(PreparedRun prepared, Func<Action<string>, int[]> select)
    {
        string? note = null;
        try
        {
            int[] seeds = Ascending(select(text => note = text));
            return SeedPlan.Fixed(seeds, note);
        }
        catch (ReverseReachableLimitException e)
        {
            const string path = "seeding.estimator";
            var at = prepared.Scenario.Locations.Locate(path);
            throw new ScenarioException([new ScenarioProblem(prepared.Scenario.Locations.FileOf(path), at.Line, at.Column, $"{path}: {e.Message}")]);
        }
    }

    private static int[] Ascending(IEnumerable<int> seeds)
    {
        var sorted = seeds.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
