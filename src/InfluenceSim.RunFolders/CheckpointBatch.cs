using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>
/// A batch file of a checkpoint: a finished replicate batch's result, tied to its run by the SHA-256 of the canonical resolved
/// scenario and the seeding group, and to its place by its number and replicates, with the results version that computed it.
/// </summary>
public sealed record CheckpointBatch(int ResultsVersion, string ScenarioSha256, string Group, int Batch, int FirstReplicate, int Replicates, RunResult Result);
