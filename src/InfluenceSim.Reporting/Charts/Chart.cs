namespace InfluenceSim.Reporting.Charts;

/// <summary>One rendered chart: its anchor id, title and reading note, its size in pixels, and the same figure as SVG markup and as PNG bytes.</summary>
/// <remarks><c>Id</c>: A slug unique in the report: the HTML anchor and the PNG file's suffix. <c>Caption</c>: How to read the chart, in plain text. <c>Svg</c>: The SVG document ScottPlot rendered (with its XML declaration).</remarks>
public sealed record Chart(string Id, string Title, string Caption, int Width, int Height, string Svg, byte[] Png);
