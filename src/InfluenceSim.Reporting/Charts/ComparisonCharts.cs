using InfluenceSim.Reporting.Data;
using InfluenceSim.RunFolders.Statistics;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>A seeding comparison's charts, from its <c>seeding-comparison.csv</c>: final share per strategy, each strategy's paired difference to random seeding, and reach against spend.</summary>
public static class ComparisonCharts
{
    public static string ShareTitle(string run) => $"Seeding comparison: final share by strategy ({run})";

    public static string DifferenceTitle(string run) => $"Seeding comparison: difference to random seeding ({run})";

    public static string SpendTitle(string run) => $"Seeding comparison: reach against spend ({run})";

    /// <summary>Mean adopted fraction per strategy with its 95% interval, each bar in its strategy's colour (<paramref name="colourOf"/>, null for none).</summary>
    public static Chart Share(string run, IReadOnlyList<ComparisonRow> rows, Func<string, Color?> colourOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string title = ShareTitle(run);
        var plot = ChartCanvas.Create(title, "seeding strategy", "final adopted fraction (mean, 95% interval)");
        var series = AddBars(plot, [.. rows.Select(r => (r.Label, r.Strategy, r.FractionMean, r.FractionUpper - r.FractionMean))], colourOf);
        return ChartCanvas.Render(
            plot,
            $"comparison-share-{run}",
            title,
            "Mean final adopted fraction of each strategy over the same replicates (common random numbers), with the t-based 95% interval of the mean.",
            series);
    }

    /// <summary>Each strategy's mean paired difference to random seeding with its 95% interval; null when only random was run.</summary>
    public static Chart? Difference(string run, IReadOnlyList<ComparisonRow> rows, Func<string, Color?> colourOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var compared = rows.Where(r => r.Strategy != SeedingComparison.Baseline).ToList();
        if (compared.Count == 0)
        {
            return null;
        }

        string title = DifferenceTitle(run);
        var plot = ChartCanvas.Create(title, "seeding strategy", "final adopted fraction minus random's (mean, 95% interval)");
        var series = AddBars(plot, [.. compared.Select(r => (r.Label, r.Strategy, r.DifferenceMean, r.DifferenceUpper - r.DifferenceMean))], colourOf);
        plot.Add.HorizontalLine(0, 1, Colors.Black, LinePattern.Dashed);
        return ChartCanvas.Render(
            plot,
            $"comparison-difference-{run}",
            title,
            "The mean of the paired per-replicate differences of adopted fraction (strategy minus random), with its 95% interval. "
            + "An interval that excludes 0 is the verdict: the strategy beats (or loses to) random seeding here; one that includes 0 is inconclusive.",
            series);
    }

    /// <summary>
    /// Mean adopted fraction against mean spend, one series per strategy (a point per sweep point, joined in
    /// sweep order); null when the file has no spend (written before spend was recorded).
    /// </summary>
    public static Chart? ReachAgainstSpend(string run, IReadOnlyList<ComparisonRow> rows, Func<string, Color?> colourOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows.Any(r => r.SpendMean is null))
        {
            return null;
        }

        string title = SpendTitle(run);
        var plot = ChartCanvas.Create(title, "spend (mean cost of the seeds)", "adopted fraction (mean)");
        var strategies = rows.Select(r => r.Strategy).Distinct().ToList();
        var fallback = SeriesColours.Categorical(strategies.Count);
        var series = new List<ChartSeries>();
        for (int s = 0; s < strategies.Count; s++)
        {
            var points = rows.Where(r => r.Strategy == strategies[s]).ToList();
            var colour = colourOf(strategies[s]) ?? fallback[s];
            var line = plot.Add.ScatterLine(points.Select(r => r.SpendMean!.Value).ToArray(), points.Select(r => r.FractionMean).ToArray(), colour);
            line.MarkerSize = 7;
            line.LegendText = strategies[s];
            series.Add(new ChartSeries(strategies[s], SeriesColours.Hex(colour)));
        }

        int height = ChartCanvas.PlaceLegend(plot, strategies.Count, Alignment.LowerRight);
        return ChartCanvas.Render(
            plot,
            $"comparison-spend-{run}",
            title,
            "Each strategy's mean final adopted fraction against what its seeds cost (seeding.cost; with unit costs, the number of seeds), "
            + "one point per sweep point. Up and to the left is reach bought cheaply; seeding-comparison.csv's cost_effectiveness is the ratio to random seeding.",
            series,
            height);
    }

    /// <summary>One bar per row in its strategy's colour (categorical colours when a strategy has none); returns the series.</summary>
    private static List<ChartSeries> AddBars(Plot plot, IReadOnlyList<(string Label, string Strategy, double Value, double Error)> bars, Func<string, Color?> colourOf)
    {
        var fallback = SeriesColours.Categorical(bars.Count);
        Color[] colours = [.. bars.Select((b, i) => colourOf(b.Strategy) ?? fallback[i])];
        plot.Add.Bars(bars.Select((b, i) => new Bar { Position = i, Value = b.Value, Error = b.Error, FillColor = colours[i] }).ToArray());
        plot.Axes.Bottom.SetTicks([.. bars.Select((_, i) => (double)i)], [.. bars.Select(b => b.Label)]);
        plot.HideLegend();
        return [.. bars.Select((b, i) => new ChartSeries(b.Label, SeriesColours.Hex(colours[i])))];
    }
}
