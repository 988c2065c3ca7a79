using System.Net;
using InfluenceSim.Reporting.Html;
using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Html;

public sealed class ReportPageTests : IDisposable
{
    /// <summary>The charts of a report on the hand-made sweep and comparison folders, in page order.</summary>
    public static readonly string[] SweepAndComparisonTitles =
    [
        "Adoption curve",
        "New adoptions per step",
        "Final-share distribution",
        "Sweep: final adopted fraction against model.probability",
        "Sweep: steps to the last adoption against model.probability",
        "Seeding comparison: final share by strategy (compare)",
        "Seeding comparison: difference to random seeding (compare)",
    ];

    private readonly TempFolder _temp = new();

    [Fact]
    public void The_page_is_self_contained_with_one_svg_per_chart()
    {
        var (result, html) = SweepAndComparison();

        Assert.Empty(PageInspection.NetworkReferences(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        int charts = SweepAndComparisonTitles.Length;
        Assert.Equal(charts, PageInspection.Count(html, "<svg "));
        Assert.Equal(charts, PageInspection.Count(html, "<figure class=\"chart\""));
        Assert.Equal(charts, result.PngPaths.Count);
    }

    [Fact]
    public void The_title_names_the_runs_and_every_chart_has_a_title()
    {
        var (_, html) = SweepAndComparison();

        Assert.Equal("InfluenceSim report: sweep, compare", PageInspection.Title(html));
        Assert.Equal(SweepAndComparisonTitles, PageInspection.ChartTitles(html));
        Assert.Contains("<h2>Summary</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Seeding comparison table (compare)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Scenario and manifest (sweep)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("&quot;kind&quot;: &quot;independent-cascade&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pngs_of_the_same_charts_lie_beside_the_page()
    {
        var (result, _) = SweepAndComparison();

        Assert.Equal(Path.Combine(_temp.Path, "sweep", "report.html"), result.HtmlPath);
        Assert.Contains(Path.Combine(_temp.Path, "sweep", "report-adoption-curve.png"), result.PngPaths);
        Assert.All(result.PngPaths, png =>
        {
            Assert.Equal(Path.GetDirectoryName(result.HtmlPath), Path.GetDirectoryName(png));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
        });
        Assert.Equal(result.PngPaths.Count, result.PngPaths.Distinct().Count());
    }

    [Fact]
    public void Text_from_the_files_is_escaped()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures,seeding.strategy\n0,1,5,0.5,1,6,<script>alert(\"x\")</script>\n0,1,2,0.2,1,6,a&b\n";
        string timeseries = "replicate,step,new_adopters,adopters,exposures,seeding.strategy\n0,0,5,5,0,<script>alert(\"x\")</script>\n0,0,2,2,0,a&b\n";
        string manifest = "{ \"scenario\": { \"name\": \"</pre><b>bold</b>\" } }";
        string folder = HandMadeRun.Write(_temp, "odd<name>", runs, timeseries, manifest);

        var result = ReportGenerator.Generate(new ReportRequest([folder], null, Force: false));
        string html = File.ReadAllText(result.HtmlPath);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("odd<name>", html, StringComparison.Ordinal);
        Assert.Contains("seeding.strategy = &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("seeding.strategy = a&amp;b", html, StringComparison.Ordinal);
        Assert.Equal("InfluenceSim report: odd<name>", PageInspection.Title(html));
    }

    [Fact]
    public void Adoption_by_cause_is_shown_only_when_a_cause_column_exists()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n";
        string withCauses = "replicate,step,new_adopters,adopters,exposures,cause_seed,cause_word_of_mouth\n0,0,2,2,0,2,0\n0,1,3,5,6,0,3\n";
        string plain = "replicate,step,new_adopters,adopters,exposures\n0,0,2,2,0\n0,1,3,5,6\n";

        string causes = File.ReadAllText(ReportGenerator.Generate(new([HandMadeRun.Write(_temp, "causes", runs, withCauses)], null, false)).HtmlPath);
        string none = File.ReadAllText(ReportGenerator.Generate(new([HandMadeRun.Write(_temp, "none", runs, plain)], null, false)).HtmlPath);

        Assert.Contains("Adoption by cause", PageInspection.ChartTitles(causes));
        Assert.Equal(["Adoption curve", "New adoptions per step", "Final-share distribution"], PageInspection.ChartTitles(none));
        Assert.DoesNotContain("cause", none, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_run_with_attribution_columns_shows_adoption_by_cause_with_readable_legends()
    {
        string folder = HandMadeRun.Write(_temp, "attribution", HandMadeRun.AttributionRuns, HandMadeRun.AttributionTimeseries);

        string html = File.ReadAllText(ReportGenerator.Generate(new([folder], null, false)).HtmlPath);

        Assert.Contains("Adoption by cause: social proof", PageInspection.ChartTitles(html));
        Assert.Contains(">seeding.strategy = top-degree<", html, StringComparison.Ordinal);
        Assert.DoesNotContain(": cause_", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Replicates_cut_off_at_max_steps_are_warned_about_and_counted_per_group()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures,ended_by,model.probability\n0,1,5,0.5,1,6,max-steps,0.1\n1,1,3,0.3,1,6,quiet,0.1\n0,1,9,0.9,1,6,quiet,0.2\n";
        string timeseries = "replicate,step,new_adopters,adopters,exposures,model.probability\n0,0,2,2,0,0.1\n0,1,3,5,6,0.1\n1,0,2,2,0,0.1\n1,1,1,3,6,0.1\n0,0,2,2,0,0.2\n0,1,7,9,6,0.2\n";
        string quiet = runs.Replace("max-steps", "quiet", StringComparison.Ordinal);

        string censored = File.ReadAllText(ReportGenerator.Generate(new([HandMadeRun.Write(_temp, "censored", runs, timeseries)], null, false)).HtmlPath);
        string finished = File.ReadAllText(ReportGenerator.Generate(new([HandMadeRun.Write(_temp, "finished", quiet, timeseries)], null, false)).HtmlPath);

        Assert.Contains($"<p class=\"warning\">{WebUtility.HtmlEncode(HtmlPage.CensoringWarning(1, 3))}</p>", censored, StringComparison.Ordinal);
        Assert.StartsWith("Warning: 1 of 3 replicates reached max-steps while still active", HtmlPage.CensoringWarning(1, 3), StringComparison.Ordinal);
        Assert.Contains("<th>censored</th>", censored, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1</td></tr>", censored, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">0</td></tr>", censored, StringComparison.Ordinal);
        Assert.DoesNotContain("censored", finished, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_that_records_spend_draws_reach_against_spend_with_a_series_per_strategy()
    {
        const string comparison = """
            strategy,replicates,adopted_fraction_mean,adopted_fraction_ci95_lo,adopted_fraction_ci95_hi,difference_to_random_mean,difference_to_random_ci95_lo,difference_to_random_ci95_hi,influence_multiplier,spend_mean,adopters_per_spend,cost_effectiveness
            random,2,0.3,0.1,0.5,0,0,0,1,10,0.3,1
            top-degree,2,0.6,0.5,0.7,0.3,0.1,0.5,2,40,0.15,0.5

            """;
        string folder = HandMadeRun.Write(_temp, "priced", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries(), comparison: comparison);

        string html = File.ReadAllText(ReportGenerator.Generate(new([folder], null, false)).HtmlPath);

        var spend = Assert.Single(PageInspection.Figures(html), f => f.Title == "Seeding comparison: reach against spend (priced)");
        Assert.Equal(["random", "top-degree"], spend.Series.Select(s => s.Label));
        Assert.Contains("spend (mean cost of the seeds)", spend.Svg, StringComparison.Ordinal);
        var titles = PageInspection.ChartTitles(html).ToList();
        Assert.Equal(titles.IndexOf("Seeding comparison: difference to random seeding (priced)") + 1, titles.IndexOf(spend.Title));
    }

    [Fact]
    public void An_existing_report_is_replaced_only_with_force()
    {
        string folder = HandMadeRun.Write(_temp, "again", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries);
        string output = _temp.File("out/custom.html");
        ReportGenerator.Generate(new([folder], output, false));

        var e = Assert.Throws<ReportInputException>(() => ReportGenerator.Generate(new([folder], output, false)));
        var replaced = ReportGenerator.Generate(new([folder], output, true));

        Assert.Contains("already exists; add --force to replace it", e.Message, StringComparison.Ordinal);
        Assert.Equal(output, replaced.HtmlPath);
        Assert.Equal(
            ["custom-adoption-curve.png", "custom-adoption-curve.svg", "custom-final-share.png", "custom-final-share.svg", "custom-new-adoptions.png", "custom-new-adoptions.svg", "custom.html"],
            _temp.Entries(_temp.File("out")));
    }

    public void Dispose() => _temp.Dispose();

    private (ReportResult Result, string Html) SweepAndComparison()
    {
        string sweep = HandMadeRun.Write(_temp, "sweep", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries());
        string compare = HandMadeRun.Write(_temp, "compare", HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries(), comparison: HandMadeRun.Comparison);
        var result = ReportGenerator.Generate(new ReportRequest([sweep, compare], null, Force: false));
        return (result, File.ReadAllText(result.HtmlPath));
    }
}
