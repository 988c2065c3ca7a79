namespace InfluenceSim.Engine.Running;

/// <summary>A snapshot for progress displays, reported after activation and after every round.</summary>
/// <param name="Phase">"activation" or "propagation", or a redo after a lost silo (naming it).</param>
/// <param name="Step">The step that just ran (-1 before the first).</param>
/// <param name="Adopters">Adopters so far, all replicates together (<see cref="MeanAdopters"/> per replicate).</param>
/// <param name="Exposures">Exposures delivered so far, all replicates together.</param>
/// <param name="ActiveReplicates">Replicates still going.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="ExposuresPerSecond">Exposures delivered per second of propagation so far.</param>
public sealed record RunProgress(string Phase, int Step, long Adopters, long Exposures, int ActiveReplicates, TimeSpan Elapsed, double ExposuresPerSecond)
{
    /// <summary>The sweep point running (0 when the scenario sweeps nothing).</summary>
    public int Point { get; init; }

    /// <summary>The sweep's number of points (1 when the scenario sweeps nothing).</summary>
    public int Points { get; init; } = 1;

    /// <summary>During activation, how many nodes have joined the run so far.</summary>
    public int Joined { get; init; }

    /// <summary>During activation, how many nodes have joined on each silo so far (by silo address).</summary>
    public IReadOnlyDictionary<string, int> JoinedBySilo { get; init; } = new Dictionary<string, int>();

    /// <summary>The network's node count (the grains a run activates).</summary>
    public int Nodes { get; init; }

    /// <summary>How many replicates the run has (0 when not known).</summary>
    public int Replicates { get; init; }

    /// <summary>Adopters so far per replicate, on average (finished replicates count with their final adopters).</summary>
    public double MeanAdopters => Replicates > 0 ? (double)Adopters / Replicates : 0;

    /// <summary>The share of a sweep's work done: finished points, and the finished share of the running point's replicates, over the points.</summary>
    public double ShareDone => (Point + (Replicates > 0 ? (double)(Replicates - ActiveReplicates) / Replicates : 0)) / Points;
}
