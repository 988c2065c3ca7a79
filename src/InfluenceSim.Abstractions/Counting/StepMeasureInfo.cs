namespace InfluenceSim.Abstractions.Counting;

/// <summary>
/// One step measure: its <c>timeseries</c> column and meaning (docs/output.md); whether it is
/// counted when the sender sends and delivered (shown) at the next step; and the column of its
/// running sum, if the table has one right after it.
/// </summary>
public sealed record StepMeasureInfo(StepMeasure Measure, string Column, string Meaning, bool Delivered = false, string? TotalColumn = null);
