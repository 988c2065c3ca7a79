using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Seeding.Strategies;

namespace InfluenceSim.Engine.Seeding;

/// <summary>
/// Turns a seeding block into the seeds of every replicate with the strategy it names
/// (<see cref="SeedingStrategies"/>). Centrality and greedy strategies are computed in-process on the
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
        return SeedingStrategies.Default.Get(seeding.Strategy).PlanAsync(context, cancellationToken);
    }
}
