namespace InfluenceSim.RunFolders.Results;

/// <summary>
/// One replicate's outcome read back from a run folder (<see cref="ReplicateRecordReader"/>), as <c>compare</c> and
/// <c>report</c> both see it: its <c>runs.csv</c> row and the adopted fraction as written.
/// </summary>
/// <param name="Result">
/// The row as a replicate, with its <c>timeseries.csv</c> rows when the reader needs them per replicate (<c>compare</c>
/// does; <c>report</c> reads them apart as per-step trajectories and leaves them empty).
/// </param>
/// <param name="AdoptedFraction">The <c>adopted_fraction</c> column, as written (not recomputed from adopters).</param>
public sealed record ReplicateRecord(ReplicateResult Result, double AdoptedFraction)
{
    /// <summary>Whether the replicate was cut off at <c>max-steps</c> while still active (<c>ended_by</c>; false when the file predates the column).</summary>
    public bool Censored => Result.EndedBy == ReplicateEnding.MaxSteps;
}
