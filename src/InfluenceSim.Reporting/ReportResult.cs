namespace InfluenceSim.Reporting;

/// <summary>What a report wrote: the HTML page and one PNG per chart beside it.</summary>
public sealed record ReportResult(string HtmlPath, IReadOnlyList<string> PngPaths);
