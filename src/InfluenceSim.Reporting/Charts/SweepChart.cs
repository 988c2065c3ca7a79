using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>A sweep plot: a measure's mean with its 95% interval against a swept key, one line per combination of the other keys.</summary>
public static class SweepChart
{
    /// <summary>The chart's title for <paramref name="metric"/> against <paramref name="key"/>.</summary>
    public static string TitleOf(SweepMetric metric, string key)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return $"Sweep: {metric.Title} against {key}";
    }

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups, string key, SweepMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var lines = SweepStatistics.Lines(groups, key, metric);
        string title = TitleOf(metric, key);
        var plot = ChartCanvas.Create(title, key, $"{metric.Column} (mean, 95% interval)");
        for (int i = 0; i < lines.Count; i++)
        {
            var color = ChartCanvas.ColorOf(i);
            double[] xs = [.. lines[i].X];
            double[] means = [.. lines[i].Y.Select(y => y.Mean)];
            var errors = plot.Add.ErrorBar(xs, means, [.. lines[i].Y.Select(y => y.Upper - y.Mean)]);
            errors.Color = color;
            var line = plot.Add.Scatter(xs, means, color);
            line.LineWidth = 2;
            line.LegendText = lines[i].Label;
        }

        int height = ChartCanvas.PlaceLegend(plot, lines.Count, Alignment.UpperLeft);
        return ChartCanvas.Render(
            plot,
            $"sweep-{metric.Column}-{key}",
            title,
            $"Each point is one value of {key}: the mean of {metric.Column} over its replicates, with the t-based 95% interval of that mean as an error bar. "
            + "Each line holds the other keys fixed at the values in its legend.",
            height);
    }
}
