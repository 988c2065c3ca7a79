using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// A chart of banded curves, one per group: each a translucent 95% band with its mean line on top, in the group's colour;
/// <see cref="CurveOf"/> makes a group's curve up to a step, and the rest is the chart's text.
/// </summary>
public sealed record BandedCurveChart(string Id, string Title, string YLabel, Func<ReplicateGroup, int, BandedCurve> CurveOf, Alignment Legend, string Caption)
{
    /// <summary>The adoption curve: mean adopted fraction by the end of each step, with its 95% band.</summary>
    public static BandedCurveChart AdoptionCurve { get; } = new(
        "adoption-curve",
        "Adoption curve",
        "adopted fraction (mean, 95% band)",
        CurveStatistics.AdoptedFraction,
        Alignment.LowerRight,
        "Share of the network that had adopted by the end of each step (seeds at step 0), averaged over the replicates, with the t-based 95% confidence band of that mean. "
        + "A replicate that ended before the last step keeps its final count, so every curve ends flat at the mean final share.");

    /// <summary>New adoptions per step: mean new adopters at each step, with its 95% band.</summary>
    public static BandedCurveChart NewAdoptions { get; } = new(
        "new-adoptions",
        "New adoptions per step",
        "new adopters (mean, 95% band)",
        CurveStatistics.NewAdopters,
        Alignment.UpperRight,
        "Nodes that adopted at each step (step 0: the seeds), averaged over the replicates (0 once a replicate has ended), with the 95% band of the mean. "
        + "The peak is when word of mouth spreads fastest; a long tail is a slow trickle.");

    /// <summary>
    /// The chart of one curve per group that has trajectories and whose mean is not 0 at every step, all drawn from step 0
    /// to the longest group's last step.
    /// </summary>
    public Chart Create(IReadOnlyList<ReplicateGroup> groups, SeriesColours colours)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(colours);
        var shown = groups.Where(g => g.Trajectories.Count > 0).ToList();
        int lastStep = shown.Count == 0 ? 0 : shown.Max(g => g.LastStep);
        var curves = shown
            .Select(g => (Curve: CurveOf(g, lastStep), Colour: colours.Of(g)))
            .Where(c => c.Curve.Points.Any(p => p.Mean != 0))
            .ToList();
        var plot = ChartCanvas.Create(Title, "step", YLabel);
        Add(plot, [.. curves.Select(c => c.Curve)], [.. curves.Select(c => c.Colour)]);
        ChartCanvas.StepAxis(plot, lastStep);
        int height = ChartCanvas.PlaceLegend(plot, curves.Count, Legend);
        return ChartCanvas.Render(plot, Id, Title, Caption, [.. curves.Select(c => new ChartSeries(c.Curve.Label, SeriesColours.Hex(c.Colour)))], height);
    }

    /// <summary>Adds each of <paramref name="curves"/> in the colour of the same index in <paramref name="colours"/>.</summary>
    private static void Add(Plot plot, IReadOnlyList<BandedCurve> curves, IReadOnlyList<Color> colours)
    {
        for (int i = 0; i < curves.Count; i++)
        {
            var curve = curves[i];
            var color = colours[i];
            double[] steps = [.. curve.Steps];
            var band = plot.Add.FillY(steps, [.. curve.Points.Select(p => p.Ci95Low)], [.. curve.Points.Select(p => p.Ci95High)]);
            band.FillColor = color.WithAlpha(0.25);
            band.LineWidth = 0;
            var line = plot.Add.ScatterLine(steps, [.. curve.Points.Select(p => p.Mean)], color);
            line.LineWidth = 2;
            line.LegendText = curve.Label;
        }
    }
}
