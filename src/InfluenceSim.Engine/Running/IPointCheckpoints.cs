namespace InfluenceSim.Engine.Running;

/// <summary>Where a sweep keeps the results of its finished points, so that an interrupted sweep can resume.</summary>
public interface IPointCheckpoints
{
    /// <summary>The saved result of point <paramref name="index"/>, or null when it has not finished.</summary>
    RunResult? Load(int index);

    /// <summary>Saves the result of a finished point (whole or not at all).</summary>
    void Save(int index, RunResult result);
}
