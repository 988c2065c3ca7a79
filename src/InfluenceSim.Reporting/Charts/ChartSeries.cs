namespace InfluenceSim.Reporting.Charts;

/// <summary>One series of a chart as its legend shows it: its label and its colour (<c>#rrggbb</c>).</summary>
public sealed record ChartSeries(string Label, string Colour);
