using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>Draws banded curves: each a translucent 95% band with its mean line on top, in the series' colour.</summary>
public static class BandedCurvePlot
{
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
