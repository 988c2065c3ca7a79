namespace InfluenceSim.Reporting;

/// <summary>What a report wrote: the HTML page and one PNG and one SVG file per chart beside it; and the warnings about the folders it read (folders written before the manifest's <c>status</c>).</summary>
public sealed record ReportResult(string HtmlPath, IReadOnlyList<string> PngPaths, IReadOnlyList<string> Warnings)
{
    /// <summary>The SVG file of each chart, in the order of <see cref="PngPaths"/>.</summary>
    public IReadOnlyList<string> SvgPaths { get; init; } = [];
}
