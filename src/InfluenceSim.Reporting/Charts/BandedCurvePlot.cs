using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>Draws banded curves: each a translucent 95% band with its mean line on top, in the series' colour.</summary>
public static class BandedCurvePlot
{
    /// <summary>
    /// A chart of one banded curve per group that has trajectories and whose mean is not 0 at every step, each in its
    /// group's colour, all drawn from step 0 to the longest group's last step; <paramref name="curveOf"/> makes a group's
    /// curve up to that step.
    /// </summary>
    public static Chart Chart(
        IReadOnlyList<ReplicateGroup> groups,
        SeriesColours colours,
        string id,
        string title,
        string yLabel,
        Func<ReplicateGroup, int, BandedCurve> curveOf,
        Alignment legend,
        string caption)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(colours);
        var shown = groups.Where(g => g.Trajectories.Count > 0).ToList();
        int lastStep = shown.Count == 0 ? 0 : shown.Max(g => g.LastStep);
        var curves = shown
            .Select(g => (Curve: curveOf(g, lastStep), Colour: colours.Of(g)))
            .Where(c => c.Curve.Points.Any(p => p.Mean != 0))
            .ToList();
        var plot = ChartCanvas.Create(title, "step", yLabel);
        Add(plot, [.. curves.Select(c => c.Curve)], [.. curves.Select(c => c.Colour)]);
        ChartCanvas.StepAxis(plot, lastStep);
        int height = ChartCanvas.PlaceLegend(plot, curves.Count, legend);
        return ChartCanvas.Render(plot, id, title, caption, [.. curves.Select(c => new ChartSeries(c.Curve.Label, SeriesColours.Hex(c.Colour)))], height);
    }

    /// <summary>Adds each of <paramref name="curves"/> in the colour of the same index in <paramref name="colours"/>.</summary>
    private static void Add(Plot plot, IReadOnlyList<BandedCurve> curves, IReadOnlyList<Color> colours)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(colours);
        for (int i = 0; i < curves.Count; i++)
        {
            var curve = curves[i];
            var color = colours[i];
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
