namespace InfluenceSim.Reporting.Charts;

/// <summary>One rendered chart: its anchor id, title and reading note, its size in pixels, its series, and the same figure as SVG markup and as PNG bytes.</summary>
/// <remarks><c>Id</c>: A slug unique in the report: the HTML anchor and the suffix of the chart's files. <c>Caption</c>: How to read the chart, in plain text. <c>Series</c>: What each colour stands for, in legend order. <c>Svg</c>: The SVG document ScottPlot rendered (with its XML declaration), <c>Width</c> by <c>Height</c>. <c>Png</c>: The same figure at <see cref="ChartCanvas.PngScale"/> times that size.</remarks>
public sealed record Chart(string Id, string Title, string Caption, int Width, int Height, IReadOnlyList<ChartSeries> Series, string Svg, byte[] Png);
