using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Tests.Html;
using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Browser;

/// <summary>
/// Renders a report in a real browser (Debian's Chromium, headless) and checks the DOM it builds: every chart's title,
/// its series' colours (distinct in a chart, the same for a group in every chart, sequential for ordered sweep points),
/// no series that is 0 everywhere, and the SVG and PNG files of every chart at their stated sizes.
/// Without <c>/usr/bin/chromium</c> the test is skipped, except under CI=true, where it fails:
/// <c>.ci/run</c> installs the browser.
/// </summary>
public sealed class HeadlessChromiumTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task The_report_renders_every_chart_with_its_title_and_no_console_error()
    {
        RequireChromium();
        string sweep = HandMadeRun.Write(_temp, "sweep", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries());
        string compare = HandMadeRun.Write(_temp, "compare", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries(), comparison: HandMadeRun.Comparison);
        string causes = HandMadeRun.Write(
            _temp,
            "causes",
            "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n1,1,4,0.4,1,6\n",
            "replicate,step,new_adopters,adopters,exposures,cause_seed,cause_broadcast,cause_word_of_mouth\n0,0,2,2,0,2,0,0\n0,1,3,5,6,0,0,3\n1,0,2,2,0,2,0,0\n1,1,2,4,6,0,0,2\n");
        var report = ReportGenerator.Generate(new ReportRequest([sweep, compare, causes], _temp.File("browser/report.html"), Force: false));

        var page = await Chromium.DumpDomAsync(report.HtmlPath);

        string[] titles = [.. ReportPageTests.SweepAndComparisonTitles, "Adoption by cause"];
        Assert.True(page.ExitCode == 0, page.ToString());
        Assert.True(page.ConsoleMessages.Count == 0, page.ToString());
        Assert.Equal("InfluenceSim report: sweep, compare, causes", PageInspection.Title(page.Dom));
        Assert.Equal(titles, PageInspection.ChartTitles(page.Dom));
        Assert.Equal(titles.Length, PageInspection.Count(page.Dom, "<svg "));
        Assert.Equal(titles.Length, PageInspection.Count(page.Dom, "<figure class=\"chart\""));
        Assert.True(PageInspection.Count(page.Dom, "<text ") > titles.Length * 5, "the charts' SVG should hold their axis labels and ticks as text");
        Assert.Empty(PageInspection.NetworkReferences(page.Dom));
        var figures = PageInspection.Figures(page.Dom);
        Assert.Equal(titles, figures.Select(f => f.Title));
        AssertColoursPerSeries(figures);
        Assert.DoesNotContain(figures, f => f.Series.Any(s => s.Label.Contains("broadcast", StringComparison.Ordinal)));
        Assert.Equal(["seed", "word of mouth"], figures[^1].Series.Select(s => s.Label));
        Assert.Equal(9, figures[0].Series.Count);
        AssertFilesAtTheirSizes(report, figures);
    }

    [Fact]
    public async Task Ordered_sweep_points_get_a_sequential_palette_in_the_order_of_their_values()
    {
        RequireChromium();
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures,model.probability\n"
            + "0,1,30,0.3,2,10,0.3\n1,1,40,0.4,2,10,0.3\n0,1,2,0.02,1,10,0.1\n1,1,4,0.04,1,10,0.1\n0,1,10,0.1,2,10,0.2\n1,1,20,0.2,2,10,0.2\n";
        string timeseries = "replicate,step,new_adopters,adopters,exposures,model.probability\n"
            + "0,0,1,1,0,0.3\n0,1,29,30,10,0.3\n1,0,1,1,0,0.3\n1,1,39,40,10,0.3\n0,0,1,1,0,0.1\n0,1,1,2,10,0.1\n1,0,1,1,0,0.1\n1,1,3,4,10,0.1\n"
            + "0,0,1,1,0,0.2\n0,1,9,10,10,0.2\n1,0,1,1,0,0.2\n1,1,19,20,10,0.2\n";
        var report = ReportGenerator.Generate(new ReportRequest([HandMadeRun.Write(_temp, "ordered", runs, timeseries)], null, Force: false));

        var page = await Chromium.DumpDomAsync(report.HtmlPath);

        Assert.True(page.ExitCode == 0, page.ToString());
        var figures = PageInspection.Figures(page.Dom);
        AssertColoursPerSeries(figures);
        string[] byValue = ["model.probability = 0.1", "model.probability = 0.2", "model.probability = 0.3"];
        var curve = figures.Single(f => f.Title == "Adoption curve");
        var colours = byValue.Select(label => curve.Series.Single(s => s.Label == label).Colour).ToList();
        var viridis = new ScottPlot.Colormaps.Viridis();
        Assert.Equal([viridis.GetColor(0), viridis.GetColor(0.425), viridis.GetColor(0.85)], colours.Select(ScottPlot.Color.FromHex));
        Assert.True(Luminance(colours[0]) < Luminance(colours[1]) && Luminance(colours[1]) < Luminance(colours[2]), string.Join(", ", colours));
        var sweep = figures.Single(f => f.Title == "Sweep: final adopted fraction against model.probability");
        Assert.Equal(byValue, sweep.Series.Select(s => s.Label));
        Assert.Matches(@">\s*model probability\s*<", sweep.Svg);
        Assert.Matches(@">\s*final adopted fraction \(mean, 95% interval\)\s*<", sweep.Svg);
        Assert.DoesNotContain("adopted_fraction", sweep.Svg, StringComparison.Ordinal);
        AssertFilesAtTheirSizes(report, figures);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>No two series of a chart share a colour, each colour is drawn in its chart's SVG, and a series keeps its colour in every chart.</summary>
    private static void AssertColoursPerSeries(IReadOnlyList<Figure> figures)
    {
        var colourOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            Assert.True(figure.Series.Count > 0, figure.Title);
            Assert.True(figure.Series.Select(s => s.Colour).Distinct().Count() == figure.Series.Count, $"{figure.Title}: {string.Join(", ", figure.Series)}");
            foreach (var (label, colour) in figure.Series)
            {
                Assert.Contains(colour, figure.Svg, StringComparison.OrdinalIgnoreCase);
                Assert.True(colourOf.TryAdd(label, colour) || colourOf[label] == colour, $"{label} is {colour} in {figure.Title} but {colourOf[label]} elsewhere");
            }
        }
    }

    /// <summary>Each chart's SVG file has the size of the page's figure, and its PNG file is <see cref="ChartCanvas.PngScale"/> times that.</summary>
    private static void AssertFilesAtTheirSizes(ReportResult report, IReadOnlyList<Figure> figures)
    {
        string folder = Path.GetDirectoryName(report.HtmlPath)!;
        string stem = Path.GetFileNameWithoutExtension(report.HtmlPath);
        Assert.Equal(figures.Count, report.SvgPaths.Count);
        foreach (var figure in figures)
        {
            var viewBox = Regex.Match(figure.Svg, "viewBox=\"0 0 (\\d+) (\\d+)\"");
            int width = int.Parse(viewBox.Groups[1].Value, CultureInfo.InvariantCulture);
            int height = int.Parse(viewBox.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.Equal(ChartCanvas.Width, width);
            string svg = File.ReadAllText(Path.Combine(folder, $"{stem}-{figure.Id}.svg"));
            Assert.Matches($"<svg [^>]*width=\"{width}\" height=\"{height}\"", svg);
            byte[] png = File.ReadAllBytes(Path.Combine(folder, $"{stem}-{figure.Id}.png"));
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal(
                (width * ChartCanvas.PngScale, height * ChartCanvas.PngScale),
                (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
            Assert.True(width * ChartCanvas.PngScale >= 1720 && height * ChartCanvas.PngScale >= 2 * ChartCanvas.Height);
        }
    }

    private static double Luminance(string hex)
    {
        var c = ScottPlot.Color.FromHex(hex);
        return (0.2126 * c.R) + (0.7152 * c.G) + (0.0722 * c.B);
    }

    private static void RequireChromium()
    {
        if (Chromium.IsInstalled)
        {
            return;
        }

        Assert.False(
            Environment.GetEnvironmentVariable("CI") == "true",
            $"CI=true but {Chromium.Executable} is missing: .ci/run installs Debian's chromium before the tests");
        Assert.Skip($"{Chromium.Executable} is not installed, so the report is not checked in a browser (apt-get install -y --no-install-recommends chromium)");
    }
}
