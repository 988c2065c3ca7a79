using System.Text;
using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;

namespace InfluenceSim.Reporting;

/// <summary>Prepares a report's content from run folders: groups, then the charts in page order, each with a unique id.</summary>
public static class ReportBuilder
{
    public const string TitlePrefix = "InfluenceSim report: ";

    /// <summary>The key column of a seeding comparison: its groups are the compared strategies.</summary>
    private const string StrategyKey = "seeding.strategy";

    public static ReportContent Build(IReadOnlyList<RunFolder> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ReportInputException("a report needs at least one run folder");
        }

        runs = UniqueNames(runs);
        bool several = runs.Count > 1;
        var groups = runs.SelectMany(r => RunGrouping.Group(r, several)).ToList();
        var comparisons = runs
            .Where(r => r.Comparison is not null)
            .Select(r => new KeyValuePair<string, IReadOnlyList<ComparisonRow>>(r.Name, ComparisonRow.ReadAll(r.Comparison!)))
            .ToList();

        var colours = SeriesColours.For(groups);
        var charts = new List<Chart>
        {
            BandedCurveChart.AdoptionCurve.Create(groups, colours),
            BandedCurveChart.NewAdoptions.Create(groups, colours),
            FinalShareChart.Create(groups, colours),
        };
        foreach (string key in SweepStatistics.NumericKeys(groups))
        {
            charts.AddRange(SweepMetric.All.Select(m => SweepChart.Create(groups, colours, key, m)));
        }

        foreach (var (run, rows) in comparisons)
        {
            Func<string, ScottPlot.Color?> strategyColour = strategy =>
                groups.FirstOrDefault(g => g.Run == run && g.Key.ValueOf(StrategyKey) == strategy) is { } group ? colours.Of(group) : null;
            charts.Add(ComparisonCharts.Share(run, rows, strategyColour));
            if (ComparisonCharts.Difference(run, rows, strategyColour) is { } difference)
            {
                charts.Add(difference);
            }

            if (ComparisonCharts.ReachAgainstSpend(run, rows, strategyColour) is { } spend)
            {
                charts.Add(spend);
            }
        }

        charts.AddRange(BreakdownCharts.Causes.Create(groups, colours));
        charts.AddRange(BreakdownCharts.Exposures.Create(groups, colours));

        return new ReportContent(TitlePrefix + string.Join(", ", runs.Select(r => r.Name)), runs, groups, UniqueIds(charts), comparisons);
    }

    /// <summary>Turns <paramref name="text"/> into a lowercase slug of letters, digits and single hyphens.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? "chart" : result;
    }

    private static List<RunFolder> UniqueNames(IReadOnlyList<RunFolder> runs)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return [.. runs.Select(run =>
        {
            string name = run.Name;
            for (int n = 2; !taken.Add(name); n++)
            {
                name = $"{run.Name} ({n})";
            }

            return run with { Name = name };
        })];
    }

    private static List<Chart> UniqueIds(List<Chart> charts)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return [.. charts.Select(chart =>
        {
            string slug = Slug(chart.Id);
            string id = slug;
            for (int n = 2; !taken.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }

            return chart with { Id = id };
        })];
    }
}
