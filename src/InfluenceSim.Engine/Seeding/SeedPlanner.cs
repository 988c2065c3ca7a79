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
        long seed = prepared.Scenario.Seed;
        int k = SeedSelection.SeedCount(seeding.Count, seeding.Fraction, network.NodeCount);
        var options = seeding.Options;
        return seeding.Strategy switch
        {
            SeedingStrategies.PageRank => SeedPlan.Fixed(Ascending(CentralityRanking.PageRankTop(network, k))),
            SeedingStrategies.KCore => SeedPlan.Fixed(Ascending(CentralityRanking.CoreTop(network, k))),
            SeedingStrategies.Betweenness => SeedPlan.Fixed(Ascending(CentralityRanking.BetweennessTop(network, k, options.Samples, seed))),
            SeedingStrategies.CommunitySpread => SeedPlan.Fixed(Ascending(CommunitySpread.Seeds(network, k))),
            SeedingStrategies.Greedy => SeedPlan.Fixed(Ascending(GreedySeeding.Select(network, prepared.Model, k, Greedy(options), seed))),
            SeedingStrategies.ObservedPrescribers => SeedPlan.Fixed(await ObservedPrescribersAsync(prepared, seeding, k, progress, cancellationToken)),
            _ => SeedPlan.For(seeding, network, seed, prepared.ExplicitNodes),
        };
    }

    /// <summary>
    /// The k nodes credited with the most adoptions in a pilot run: the same scenario with k random
    /// seeds, <c>pilot-replicates</c> replicates and its own master seed (so the pilot never sees the
    /// coins of the evaluated replicates) and no interaction stream; ties by higher out-degree, then lower id.
    /// </summary>
    private async Task<int[]> ObservedPrescribersAsync(PreparedRun prepared, SeedingSpec seeding, int k, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var network = prepared.Network;
        long pilotSeed = unchecked((long)Draws.Mix(unchecked((ulong)prepared.Scenario.Seed) ^ PilotSalt));
        var pilotPlan = SeedPlan.For(seeding.WithStrategy(SeedingStrategies.Random), network, pilotSeed, []);
        var request = prepared.ToRequest(pilotPlan) with { Seed = pilotSeed, Replicates = seeding.Options.PilotReplicates, Events = EventsOptions.Off, RecordNodes = false };
        var pilot = await runner.RunAsync(request, progress, cancellationToken);
        return Ascending([.. Enumerable.Range(0, network.NodeCount)
            .OrderByDescending(node => pilot.Conversions.GetValueOrDefault(node))
            .ThenByDescending(network.OutDegree)
            .ThenBy(node => node)
            .Take(k)]);
    }

    private static GreedyOptions Greedy(SeedingOptions options) =>
        GreedyOptions.From(options.Estimator, options.Simulations, options.RrSets, options.Candidates);

    private static int[] Ascending(IEnumerable<int> seeds)
    {
        var sorted = seeds.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
