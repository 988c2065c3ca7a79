namespace InfluenceSim.Reporting;

/// <summary>What a report wrote: the HTML page and one PNG per chart beside it; and the warnings about the folders it read (folders written before the manifest's <c>status</c>).</summary>
public sealed record ReportResult(string HtmlPath, IReadOnlyList<string> PngPaths, IReadOnlyList<string> Warnings);
