namespace InfluenceSim.Reporting;

/// <summary>What to report on and where: the run folders, the HTML file (null: <c>report.html</c> in the first folder) and whether existing files may be replaced.</summary>
public sealed record ReportRequest(IReadOnlyList<string> Folders, string? Output, bool Force);
