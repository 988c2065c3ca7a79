namespace InfluenceSim.Scenarios.Strategies;

/// <summary>
/// What running a strategy needs besides the network, as the strategy declares it
/// (<see cref="SeedingStrategy.Needs"/>): the engine refuses a model it cannot estimate spread under
/// and counts a pilot run's replicates in the resource estimate, never by the strategy's name (docs/extending.md).
/// </summary>
public sealed record StrategyNeeds
{
    /// <summary>Nothing besides the network.</summary>
    public static StrategyNeeds Nothing { get; } = new();

    /// <summary>How it estimates spread under the scenario's model (<see cref="SpreadEstimate.None"/>: it does not).</summary>
    public SpreadEstimate Spread { get; init; }

    /// <summary>The replicates of a pilot run of the same scenario through the cluster before the evaluated ones (0: no pilot run).</summary>
    public int PilotReplicates { get; init; }
}
