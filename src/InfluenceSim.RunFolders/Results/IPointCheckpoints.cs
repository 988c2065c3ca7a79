using InfluenceSim.Scenarios.Sweeps;

namespace InfluenceSim.RunFolders.Results;

/// <summary>Where a sweep keeps the results of its finished points, so that an interrupted sweep can resume.</summary>
public interface IPointCheckpoints
{
    /// <summary>The saved result of <paramref name="point"/>, or null when it has not finished.</summary>
    RunResult? Load(SweepPoint point);

    /// <summary>Saves the result of a finished point (whole or not at all).</summary>
    void Save(SweepPoint point, RunResult result);
}
