using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>observed-prescribers</c>: the nodes credited with the most adoptions in a pilot run of the same scenario through the cluster (docs/seeding.md).</summary>
public sealed class ObservedPrescribersStrategy() : RankingStrategy("observed-prescribers")
{
    /// <summary>Mixed into the master seed to give the pilot run its own draws ("pilot" in ASCII).</summary>
    public const ulong PilotSalt = 0x70696C6F74;

    public override string Summary => "the nodes credited with the most adoptions in a pilot run with random seeds";

    protected override IReadOnlyList<SeedingOption> TypedOptions { get; } = [new("pilot-replicates", options => options.PilotReplicates)];

    /// <summary>A pilot run of <c>pilot-replicates</c> replicates.</summary>
    public override StrategyNeeds Needs(SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new() { PilotReplicates = options.PilotReplicates };
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
        var network = context.Network;
        long pilotSeed = context.PilotSeed(PilotSalt);
        var pilot = await context.RunPilotAsync(this, RandomStrategy.Plan(context.Seeding, network, pilotSeed), pilotSeed, cancellationToken);
        int[] ranking = [.. Enumerable.Range(0, network.NodeCount)
            .OrderByDescending(node => pilot.Conversions.GetValueOrDefault(node))
            .ThenByDescending(network.OutDegree)
            .ThenBy(node => node)];
        return ranking.Take(take);
    }
}
