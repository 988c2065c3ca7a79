namespace InfluenceSim.RunFolders.Results;

/// <summary>
/// The run's replicates <paramref name="First"/> .. <paramref name="First"/> + <paramref name="Count"/> - 1: the unit a run
/// keeps in its checkpoint once finished and redoes, alone, after a lost silo (docs/cluster.md "When a silo dies").
/// </summary>
/// <param name="Index">The batch's number in the run, from 0.</param>
/// <param name="First">The run's replicate the batch starts at.</param>
/// <param name="Count">How many replicates it holds.</param>
public sealed record ReplicateBatch(int Index, int First, int Count);
