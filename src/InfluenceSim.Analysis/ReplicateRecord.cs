using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Analysis;

/// <summary>One replicate read back from a run folder: its <c>runs.csv</c> row and <c>timeseries.csv</c> rows, and the adopted fraction as written.</summary>
public sealed record ReplicateRecord(ReplicateResult Result, double AdoptedFraction);
