using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// A chart of per-step means of a family of <c>timeseries.csv</c> columns (causes of adoption, kinds of
/// exposure): one line per group and column, leaving out a column the group never saw (0 at every step),
/// labelled by the column as people read it, after the group's label when several groups are shown.
/// </summary>
public sealed class BreakdownChart(string id, string title, string valueAxis, string caption, Func<ReplicateGroup, IReadOnlyList<string>> columnsOf, Func<string, string> labelOf)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>The chart, or null when no group has a column of the family.</summary>
    public Chart? Create(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var shown = groups.Where(g => columnsOf(g).Count > 0 && g.Trajectories.Count > 0).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var lines = Curves(shown, shown.Max(g => g.LastStep));
        var plot = ChartCanvas.Create(Title, "step", valueAxis);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = plot.Add.ScatterLine(lines[i].Steps.ToArray(), lines[i].Points.Select(p => p.Mean).ToArray(), ChartCanvas.ColorOf(i));
            line.LineWidth = 2;
            line.LegendText = lines[i].Label;
        }

        int height = ChartCanvas.PlaceLegend(plot, lines.Count, Alignment.UpperRight, showSingle: true);
        return ChartCanvas.Render(plot, Id, Title, caption, height);
    }

    /// <summary>The curves of <paramref name="shown"/> up to <paramref name="lastStep"/>: per group, one per column in file order that is not 0 at every step.</summary>
    public IReadOnlyList<BandedCurve> Curves(IReadOnlyList<ReplicateGroup> shown, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(shown);
        bool nameGroup = shown.Count > 1;
        return [.. shown
            .SelectMany(g => columnsOf(g).Select(c => CurveStatistics.Breakdown(g, c, labelOf(c), lastStep, nameGroup)))
            .Where(c => c.Points.Any(p => p.Mean != 0))];
    }
}
