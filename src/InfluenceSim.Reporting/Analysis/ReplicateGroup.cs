using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>The replicates of one run that share their key values: one sweep point, one compared strategy, or the whole run.</summary>
/// <remarks><c>Run</c>: The run's name (its folder's name). <c>Label</c>: How the group reads in legends and tables. <c>FractionPerAdopter</c>: What one adopter adds to the adopted fraction (1 / nodes); 0 when no replicate adopted. <c>Causes</c>: The cause columns of the run's <c>timeseries.csv</c>; empty when it records no causes.</remarks>
public sealed record ReplicateGroup(
    string Run,
    GroupKey Key,
    string Label,
    IReadOnlyList<ReplicateRecord> Outcomes,
    IReadOnlyList<Trajectory> Trajectories,
    double FractionPerAdopter,
    IReadOnlyList<string> Causes)
{
    /// <summary>The exposure-kind columns of the run's <c>timeseries.csv</c>; empty when it records none.</summary>
    public IReadOnlyList<string> Exposures { get; init; } = [];

    /// <summary>The last step of the group's longest replicate; -1 without trajectories.</summary>
    public int LastStep => Trajectories.Count == 0 ? -1 : Trajectories.Max(t => t.LastStep);
}
