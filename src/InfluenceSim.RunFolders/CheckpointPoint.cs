using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>
/// A point file of a checkpoint: the finished point's result, tied to its point by its number, its swept keys and the
/// SHA-256 of its canonical resolved scenario, with the results version that computed it.
/// </summary>
public sealed record CheckpointPoint(int ResultsVersion, int Point, IReadOnlyList<KeyValuePair<string, string>> Keys, string ScenarioSha256, RunResult Result);
