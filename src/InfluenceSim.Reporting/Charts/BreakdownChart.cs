using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// A chart of per-step means of a family of <c>timeseries.csv</c> columns (causes of adoption, kinds of
/// exposure): one line per group and column, leaving out a column the group never saw (0 at every step).
/// </summary>
internal static class BreakdownChart
{
    /// <summary>The chart, or null when no group has a column of the family.</summary>
    public static Chart? Create(
        IReadOnlyList<ReplicateGroup> groups,
        string id,
        string title,
        string valueAxis,
        string caption,
        Func<ReplicateGroup, IReadOnlyList<string>> columnsOf,
        Func<IReadOnlyList<ReplicateGroup>, int, IReadOnlyList<BandedCurve>> curves)
    {
        var shown = groups.Where(g => columnsOf(g).Count > 0 && g.Trajectories.Count > 0).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var lines = curves(shown, shown.Max(g => g.LastStep));
        var plot = ChartCanvas.Create(title, "step", valueAxis);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = plot.Add.ScatterLine(lines[i].Steps.ToArray(), lines[i].Points.Select(p => p.Mean).ToArray(), ChartCanvas.ColorOf(i));
            line.LineWidth = 2;
            line.LegendText = lines[i].Label;
        }

        int height = ChartCanvas.PlaceLegend(plot, lines.Count, Alignment.UpperRight, showSingle: true);
        return ChartCanvas.Render(plot, id, title, caption, height);
    }

    /// <summary>The curves of <paramref name="shown"/>, one per group and column that is not 0 at every step.</summary>
    public static IReadOnlyList<BandedCurve> Curves(IReadOnlyList<ReplicateGroup> shown, Func<ReplicateGroup, IReadOnlyList<string>> columnsOf, Func<ReplicateGroup, string, bool, BandedCurve> curve)
    {
        bool nameGroup = shown.Count > 1;
        return [.. shown.SelectMany(g => columnsOf(g).Select(c => curve(g, c, nameGroup))).Where(c => c.Points.Any(p => p.Mean != 0))];
    }
}
