using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding;

/// <summary>
/// Turns a seeding block into the seeds of every replicate with the strategy it names, looked up in
/// the registry the scenario was validated against (<see cref="Scenario.StrategyOf"/>). Centrality and greedy strategies are computed in-process on the
/// network and the pure model; <c>observed-prescribers</c> runs a pilot of the same scenario through
/// the cluster first.
/// </summary>
public sealed class SeedPlanner(SimulationRunner runner)
{
    /// <summary>The seed plan for <paramref name="seeding"/> on the prepared run's network.</summary>
    public Task<SeedPlan> PlanAsync(PreparedRun prepared, SeedingSpec seeding, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(seeding);
        var context = new SeedingContext(prepared.Network, seeding, prepared.Scenario.Seed)
        {
            ExplicitNodes = prepared.ExplicitNodes,
            Run = prepared,
            Runner = runner,
            Progress = progress,
        };
        return Planning(prepared.Scenario.StrategyOf(seeding)).PlanAsync(context, cancellationToken);
    }

    /// <summary>
    /// The plan a seeding block asks for, with the strategy it names in <paramref name="strategies"/>, for a strategy
    /// that needs no prepared run (explicit seeds must already be resolved to node ids); <see cref="PlanAsync"/> plans every strategy.
    /// </summary>
    public static SeedPlan For(SeedingStrategies strategies, SeedingSpec seeding, Network network, long masterSeed, int[] explicitNodes)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(seeding);
        var context = new SeedingContext(network, seeding, masterSeed) { ExplicitNodes = explicitNodes };
        return Planning(strategies.Get(seeding.Strategy)).PlanAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static PlanningStrategy Planning(SeedingStrategy strategy) =>
        strategy as PlanningStrategy
        ?? throw new InvalidOperationException($"seeding strategy '{strategy.Name}' cannot plan seeds: it must derive from {nameof(PlanningStrategy)} (docs/extending.md)");
}
