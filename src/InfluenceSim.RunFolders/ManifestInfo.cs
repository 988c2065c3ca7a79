using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>What the manifest records about a run beyond its scenario and results: silos, wall-clock times and phase timings.</summary>
/// <param name="Silos">How many silos the run used.</param>
/// <param name="StartedUtc">When the run started.</param>
/// <param name="EndedUtc">When the run ended.</param>
/// <param name="Timings">Seconds spent in each phase.</param>
public sealed record ManifestInfo(int Silos, DateTimeOffset StartedUtc, DateTimeOffset EndedUtc, RunTimings Timings)
{
    /// <summary>The input files and their SHA-256 as recorded when the run started; null: hashed when the manifest is written.</summary>
    public IReadOnlyList<Scenarios.InputFile>? Inputs { get; init; }

    /// <summary>The external cluster the run used, or null for the embedded silo.</summary>
    public ManifestCluster? Cluster { get; init; }
}
