using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>Draws banded curves: each a translucent 95% band with its mean line on top, in the series' colour.</summary>
public static class BandedCurvePlot
{
    /// <summary>
    /// A chart of one banded curve per group that has trajectories, all drawn to the longest group's
    /// last step; <paramref name="curveOf"/> makes a group's curve up to that step.
    /// </summary>
    public static Chart Chart(
        IReadOnlyList<ReplicateGroup> groups,
        string id,
        string title,
        string yLabel,
        Func<ReplicateGroup, int, BandedCurve> curveOf,
        Alignment legend,
        string caption)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var shown = groups.Where(g => g.Trajectories.Count > 0).ToList();
        int lastStep = shown.Count == 0 ? 0 : shown.Max(g => g.LastStep);
        var plot = ChartCanvas.Create(title, "step", yLabel);
        Add(plot, [.. shown.Select(g => curveOf(g, lastStep))]);
        int height = ChartCanvas.PlaceLegend(plot, shown.Count, legend);
        return ChartCanvas.Render(plot, id, title, caption, height);
    }

    public static void Add(Plot plot, IReadOnlyList<BandedCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(curves);
        for (int i = 0; i < curves.Count; i++)
        {
            var curve = curves[i];
            var color = ChartCanvas.ColorOf(i);
            double[] steps = [.. curve.Steps];
            var band = plot.Add.FillY(steps, [.. curve.Points.Select(p => p.Lower)], [.. curve.Points.Select(p => p.Upper)]);
            band.FillColor = color.WithAlpha(0.25);
            band.LineWidth = 0;
            var line = plot.Add.ScatterLine(steps, [.. curve.Points.Select(p => p.Mean)], color);
            line.LineWidth = 2;
            line.LegendText = curve.Label;
        }
    }
}
