using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
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

    /// <summary>The prepared run a strategy of <paramref name="strategy"/>'s kind needs.</summary>
    public PreparedRun RequireRun(string strategy) =>
        Run ?? throw new InvalidOperationException($"strategy {strategy} needs a prepared run (SeedPlanner.PlanAsync)");
}
