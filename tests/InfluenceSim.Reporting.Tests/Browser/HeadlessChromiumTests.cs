using InfluenceSim.Reporting.Tests.Html;
using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Browser;

/// <summary>
/// Renders a report in a real browser (Debian's Chromium, headless) and checks the DOM it builds.
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
            "replicate,step,new_adopters,adopters,exposures,cause_seed,cause_word_of_mouth\n0,0,2,2,0,2,0\n0,1,3,5,6,0,3\n1,0,2,2,0,2,0\n1,1,2,4,6,0,2\n");
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
    }

    public void Dispose() => _temp.Dispose();

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
