using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary>What a strategy chooses seeds from: the network, the seeding block, the master seed and, for strategies that run or model something, the prepared run.</summary>
/// <param name="Network">The run's network.</param>
/// <param name="Seeding">The seeding block (its strategy is the one planning).</param>
/// <param name="MasterSeed">The scenario's master seed; every draw derives from it.</param>
public sealed record SeedingContext(Network Network, SeedingSpec Seeding, long MasterSeed)
{
    /// <summary>Explicit seeds resolved to node ids.</summary>
    public int[] ExplicitNodes { get; init; } = [];

    /// <summary>The prepared run (its model and scenario), when seeds are planned for one.</summary>
    public PreparedRun? Run { get; init; }

    /// <summary>The runner, for strategies that run a pilot through the cluster.</summary>
    public SimulationRunner? Runner { get; init; }

    /// <summary>Where a pilot run reports its progress.</summary>
    public IProgress<RunProgress>? Progress { get; init; }

    /// <summary>How many seeds <c>count</c> or <c>fraction</c> asks for.</summary>
    public int SeedCount => SeedSelection.SeedCount(Seeding.Count, Seeding.Fraction, Network.NodeCount);

    /// <summary>What each node costs as a seed.</summary>
    public double[] Costs() => SeedCosts.Of(Seeding.Cost, Network);

    /// <summary>A master seed of a pilot run's own, mixed from the scenario's with <paramref name="salt"/>, so that the pilot never sees the coins of the evaluated replicates.</summary>
    public long PilotSeed(ulong salt) => unchecked((long)Draws.Mix(unchecked((ulong)MasterSeed) ^ salt));

    /// <summary>
    /// A pilot run of the prepared scenario through the cluster before the evaluated replicates: <paramref name="plan"/>'s
    /// seeds, master seed <paramref name="seed"/>, the replicates <paramref name="strategy"/> declares in
    /// <see cref="StrategyNeeds.PilotReplicates"/> (those the resource estimate counted), no interaction stream and no per-node table.
    /// </summary>
    /// <exception cref="InvalidOperationException">The strategy declares no pilot run, or no prepared run and runner are given.</exception>
    public Task<RunResult> RunPilotAsync(SeedingStrategy strategy, SeedPlan plan, long seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(plan);
        int replicates = strategy.Needs(Seeding.Options).PilotReplicates;
        if (replicates <= 0)
        {
            throw new InvalidOperationException($"strategy {strategy.Name} runs a pilot but its Needs declare no pilot replicates (docs/extending.md)");
        }

        var run = RequireRun(strategy.Name);
        var runner = Runner ?? throw new InvalidOperationException($"strategy {strategy.Name} runs a pilot through the cluster and needs the runner");
        var request = run.ToRequest(plan) with { Seed = seed, Replicates = replicates, Events = EventsOptions.Off, RecordNodes = false };
        return runner.RunAsync(request, Progress, cancellationToken);
    }

    /// <summary>The prepared run a strategy of <paramref name="strategy"/>'s kind needs.</summary>
    public PreparedRun RequireRun(string strategy) =>
        Run ?? throw new InvalidOperationException($"strategy {strategy} needs a prepared run (SeedPlanner.PlanAsync)");
}
