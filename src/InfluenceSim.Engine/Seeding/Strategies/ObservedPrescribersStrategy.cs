using System.Text.Json.Nodes;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>observed-prescribers</c>: the nodes credited with the most adoptions in a pilot run of the same scenario through the cluster (docs/seeding.md).</summary>
public sealed class ObservedPrescribersStrategy() : RankingStrategy(StrategyName)
{
    public const string StrategyName = "observed-prescribers";

    /// <summary>Mixed into the master seed to give the pilot run its own draws ("pilot" in ASCII).</summary>
    public const ulong PilotSalt = 0x70696C6F74;

    public override string Summary => "the nodes credited with the most adoptions in a pilot run with random seeds";

    public override IReadOnlyList<string> Options { get; } = ["pilot-replicates"];

    public override void WriteOptions(JsonObject seeding, SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        ArgumentNullException.ThrowIfNull(options);
        seeding["pilot-replicates"] = options.PilotReplicates;
    }

    /// <summary>
    /// Every node, the most credited with adoptions in a pilot run first: the same scenario with random
    /// seeds (the same count or budget), <c>pilot-replicates</c> replicates and its own master seed (so
    /// the pilot never sees the coins of the evaluated replicates) and no interaction stream; ties by
    /// higher out-degree, then lower id.
    /// </summary>
    protected override async ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prepared = context.RequireRun(Name);
        var runner = context.Runner ?? throw new InvalidOperationException($"strategy {Name} runs a pilot through the cluster and needs the runner");
        var network = context.Network;
        long pilotSeed = unchecked((long)Draws.Mix(unchecked((ulong)context.MasterSeed) ^ PilotSalt));
        var pilotPlan = RandomStrategy.Plan(context.Seeding, network, pilotSeed);
        var request = prepared.ToRequest(pilotPlan) with { Seed = pilotSeed, Replicates = context.Seeding.Options.PilotReplicates, Events = EventsOptions.Off, RecordNodes = false };
        var pilot = await runner.RunAsync(request, context.Progress, cancellationToken);
        int[] ranking = [.. Enumerable.Range(0, network.NodeCount)
            .OrderByDescending(node => pilot.Conversions.GetValueOrDefault(node))
            .ThenByDescending(network.OutDegree)
            .ThenBy(node => node)];
        return ranking.Take(take);
    }
}
