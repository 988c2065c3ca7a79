using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InfluenceSim.Files;
using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Html;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched.
/// Every text taken from the run folders is HTML-escaped.
/// </summary>
public static class HtmlPage
{
    public const string SummaryHeading = "Summary";

    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #222; line-height: 1.45; }
        h1 { font-size: 1.6rem; }
        h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
        figure.chart { margin: 0; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figcaption { font-size: 0.92rem; color: #444; }
        table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        p.warning { border-left: 4px solid #b45309; background: #fff7ed; padding: 0.4rem 0.75rem; }
        pre { background: #f6f6f6; border: 1px solid #e2e2e2; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
        nav ul { columns: 2; }
        """;

    /// <summary>The page for <paramref name="content"/>; each chart links to its PNG and SVG files, named by <paramref name="pngName"/> and <paramref name="svgName"/>.</summary>
    public static string Render(ReportContent content, Func<Chart, string> pngName, Func<Chart, string> svgName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(pngName);
        ArgumentNullException.ThrowIfNull(svgName);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"influencesim report\">\n")
            .Append($"<title>{E(content.Title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n")
            .Append($"<h1>{E(content.Title)}</h1>\n");
        AppendRuns(html, content.Runs);
        AppendContents(html, content);
        AppendSummary(html, content.Groups);
        foreach (var chart in content.Charts)
        {
            AppendChart(html, chart, pngName(chart), svgName(chart));
        }

        for (int i = 0; i < content.Comparisons.Count; i++)
        {
            AppendComparison(html, i + 1, content.Comparisons[i].Key, content.Comparisons[i].Value);
        }

        for (int i = 0; i < content.Runs.Count; i++)
        {
            AppendScenario(html, i + 1, content.Runs[i]);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The report's warning when <paramref name="censored"/> of <paramref name="replicates"/> replicates were cut off at <c>max-steps</c>.</summary>
    public static string CensoringWarning(int censored, int replicates) =>
        $"Warning: {censored} of {replicates} replicates reached max-steps while still active (ended_by = max-steps in runs.csv; the censored column counts them per group): their adopters and steps are where they stood when cut off, so the means that include them understate the outcome.";

    /// <summary>The heading of a run's seeding comparison table.</summary>
    public static string ComparisonHeading(string run) => $"Seeding comparison table ({run})";

    /// <summary>The heading of a run's scenario and manifest.</summary>
    public static string ScenarioHeading(string run) => $"Scenario and manifest ({run})";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void AppendRuns(StringBuilder html, IReadOnlyList<RunFolder> runs)
    {
        html.Append("<p>Run folders:</p>\n<ul>\n");
        foreach (var run in runs)
        {
            string scenario = (run.Manifest["scenario"] as JsonObject)?["name"] is JsonValue name ? $", scenario <code>{E(name.ToString())}</code>" : "";
            html.Append($"<li><code>{E(run.Name)}</code>{scenario}: <code>{E(run.Path)}</code></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendContents(StringBuilder html, ReportContent content)
    {
        html.Append("<nav>\n<ul>\n").Append($"<li><a href=\"#summary\">{SummaryHeading}</a></li>\n");
        foreach (var chart in content.Charts)
        {
            html.Append($"<li><a href=\"#{chart.Id}\">{E(chart.Title)}</a></li>\n");
        }

        for (int i = 0; i < content.Comparisons.Count; i++)
        {
            html.Append($"<li><a href=\"#comparison-table-{i + 1}\">{E(ComparisonHeading(content.Comparisons[i].Key))}</a></li>\n");
        }

        for (int i = 0; i < content.Runs.Count; i++)
        {
            html.Append($"<li><a href=\"#scenario-{i + 1}\">{E(ScenarioHeading(content.Runs[i].Name))}</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<ReplicateGroup> groups)
    {
        int censored = groups.Sum(g => g.Outcomes.Count(o => o.Censored));
        html.Append($"<section id=\"summary\">\n<h2>{SummaryHeading}</h2>\n")
            .Append("<p>Per run and group of equal key values: means over the replicates with their t-based 95% confidence intervals.</p>\n");
        if (censored > 0)
        {
            html.Append($"<p class=\"warning\">{E(CensoringWarning(censored, groups.Sum(g => g.Outcomes.Count)))}</p>\n");
        }

        html.Append($"<table>\n<tr><th>group</th><th>replicates</th><th>final adopted fraction</th><th>steps</th><th>adopters</th><th>exposures</th>{(censored > 0 ? "<th>censored</th>" : "")}</tr>\n");
        foreach (var group in groups)
        {
            html.Append($"<tr><td>{E(group.Label)}</td><td class=\"n\">{group.Outcomes.Count}</td>")
                .Append($"<td class=\"n\">{Interval(group, o => o.AdoptedFraction)}</td>")
                .Append($"<td class=\"n\">{Interval(group, o => o.Result.Steps)}</td>")
                .Append($"<td class=\"n\">{Interval(group, o => o.Result.Adopters)}</td>")
                .Append($"<td class=\"n\">{Interval(group, o => o.Result.Exposures)}</td>")
                .Append(censored > 0 ? $"<td class=\"n\">{group.Outcomes.Count(o => o.Censored)}</td>" : "")
                .Append("</tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }


    private static string Interval(ReplicateGroup group, Func<ReplicateRecord, double> measure) =>
        NumberText.Format(SampleSummary.Of([.. group.Outcomes.Select(measure)]));

    /// <summary>A chart's figure: its title, the inline SVG, its caption with links to its files, and (hidden) what each colour stands for.</summary>
    private static void AppendChart(StringBuilder html, Chart chart, string png, string svg)
    {
        html.Append($"<figure class=\"chart\" id=\"{chart.Id}\">\n<h2>{E(chart.Title)}</h2>\n")
            .Append(InlineSvg.Prepare(chart.Svg, chart.Id, chart.Title, chart.Width, chart.Height))
            .Append($"\n<figcaption>{E(chart.Caption)} <a href=\"{E(Uri.EscapeDataString(png))}\">PNG</a> (print resolution) ")
            .Append($"<a href=\"{E(Uri.EscapeDataString(svg))}\">SVG</a></figcaption>\n<ul class=\"series\" hidden>\n");
        foreach (var series in chart.Series)
        {
            html.Append($"<li data-colour=\"{series.Colour}\">{E(series.Label)}</li>\n");
        }

        html.Append("</ul>\n</figure>\n");
    }

    private static void AppendComparison(StringBuilder html, int number, string run, IReadOnlyList<ComparisonRow> rows)
    {
        html.Append($"<section id=\"comparison-table-{number}\">\n<h2>{E(ComparisonHeading(run))}</h2>\n")
            .Append("<p>From <code>seeding-comparison.csv</code>: each strategy against random seeding under common random numbers (see docs/seeding.md).</p>\n")
            .Append("<table>\n<tr><th>strategy</th><th>replicates</th><th>adopted fraction (95% CI)</th><th>difference to random (95% CI)</th><th>influence multiplier</th></tr>\n");
        foreach (var row in rows)
        {
            html.Append($"<tr><td>{E(row.Strategy)}</td><td class=\"n\">{row.Replicates}</td>")
                .Append($"<td class=\"n\">{NumberText.Format(row.FractionMean, row.FractionLower, row.FractionUpper)}</td>")
                .Append($"<td class=\"n\">{NumberText.Format(row.DifferenceMean, row.DifferenceLower, row.DifferenceUpper)}</td>")
                .Append($"<td class=\"n\">{(row.InfluenceMultiplier is { } m ? NumberText.Format(m) : "n/a")}</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void AppendScenario(StringBuilder html, int number, RunFolder run)
    {
        html.Append($"<section id=\"scenario-{number}\">\n<h2>{E(ScenarioHeading(run.Name))}</h2>\n");
        var manifest = (JsonObject)run.Manifest.DeepClone();
        var scenario = manifest["scenario"];
        manifest.Remove("scenario");
        html.Append("<h3>Scenario (resolved, as it ran)</h3>\n")
            .Append($"<pre>{E(JsonText.Pretty(scenario))}</pre>\n")
            .Append($"<h3>Manifest (<code>{RunFolderWriter.ManifestFile}</code>, scenario above)</h3>\n")
            .Append($"<pre>{E(JsonText.Pretty(manifest))}</pre>\n</section>\n");
    }
}
