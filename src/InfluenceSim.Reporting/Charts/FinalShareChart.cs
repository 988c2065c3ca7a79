using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// The final-share distribution: a histogram of the replicates' adopted fraction, one series per
/// group (side-by-side bars for a few groups, outlined histograms for more).
/// </summary>
public static class FinalShareChart
{
    public const string Id = "final-share";
    public const string Title = "Final-share distribution";

    /// <summary>Up to this many groups share a bin as side-by-side bars.</summary>
    public const int MaxBarSeries = 4;

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups, SeriesColours colours)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(colours);
        Color[] palette = [.. groups.Select(colours.Of)];
        var histogram = Histogram.Of([.. groups.Select(g => new KeyValuePair<string, IReadOnlyList<double>>(g.Label, [.. g.Outcomes.Select(o => o.AdoptedFraction)]))]);
        var plot = ChartCanvas.Create(Title, "final adopted fraction", "replicates");
        if (histogram.Series.Count <= MaxBarSeries)
        {
            AddBars(plot, histogram, palette);
        }
        else
        {
            AddOutlines(plot, histogram, palette);
        }

        plot.Axes.Margins(bottom: 0);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        int height = ChartCanvas.PlaceLegend(plot, histogram.Series.Count, Alignment.UpperLeft);
        return ChartCanvas.Render(
            plot,
            Id,
            Title,
            "How many replicates ended with each share of the network adopted. Cascades are often all-or-nothing: "
            + "two humps (most replicates die out, a few take over) mean the average describes no typical replicate, whatever its interval.",
            [.. histogram.Series.Select((series, i) => new ChartSeries(series.Label, SeriesColours.Hex(palette[i])))],
            height);
    }

    private static void AddBars(Plot plot, Histogram histogram, Color[] palette)
    {
        int series = histogram.Series.Count;
        double slot = histogram.BinWidth / series;
        for (int s = 0; s < series; s++)
        {
            var color = palette[s];
            var bars = histogram.Series[s].Counts.Select((count, bin) => new Bar
            {
                Position = histogram.Edges[bin] + (slot * (s + 0.5)),
                Value = count,
                Size = slot * 0.9,
                FillColor = color,
                LineWidth = 0,
            });
            var plottable = plot.Add.Bars(bars.ToArray());
            plottable.LegendText = histogram.Series[s].Label;
        }
    }

    private static void AddOutlines(Plot plot, Histogram histogram, Color[] palette)
    {
        for (int s = 0; s < histogram.Series.Count; s++)
        {
            var counts = histogram.Series[s].Counts;
            var xs = new List<double> { histogram.Edges[0] };
            var ys = new List<double> { 0 };
            for (int bin = 0; bin < counts.Count; bin++)
            {
                xs.AddRange([histogram.Edges[bin], histogram.Edges[bin + 1]]);
                ys.AddRange([counts[bin], counts[bin]]);
            }

            xs.Add(histogram.Edges[^1]);
            ys.Add(0);
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), palette[s]);
            line.LineWidth = 2;
            line.LegendText = histogram.Series[s].Label;
        }
    }
}
