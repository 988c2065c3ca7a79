using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>The frame every chart shares: size, font, step axis, legend placement, and rendering to SVG and PNG.</summary>
public static class ChartCanvas
{
    public const int Width = 860;
    public const int Height = 460;

    /// <summary>The PNG files are this many times the SVG's size: 2580 pixels wide, 8.6 inches at 300 dots per inch.</summary>
    public const int PngScale = 3;

    /// <summary>Above this many series the legend moves out of the data area, below it.</summary>
    public const int InsideLegendItems = 6;

    private const int LegendRowHeight = 22;

    private const string FontName = "DejaVu Sans";

    /// <summary>A new plot with the report's font, its title and axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>Starts the step axis at step 0 and ends it at <paramref name="lastStep"/> (at least 1).</summary>
    public static void StepAxis(Plot plot, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.SetLimitsX(0, Math.Max(lastStep, 1));
    }

    /// <summary>
    /// Places the legend of <paramref name="series"/> series: inside at <paramref name="inside"/> when
    /// short, else below the data, hidden for a single series unless <paramref name="showSingle"/>.
    /// Returns the chart's height, taller when the legend goes below (two items to a row).
    /// </summary>
    public static int PlaceLegend(Plot plot, int series, Alignment inside, bool showSingle = false)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (series == 0 || (series == 1 && !showSingle))
        {
            plot.HideLegend();
            return Height;
        }

        if (series <= InsideLegendItems)
        {
            plot.ShowLegend(inside);
            return Height;
        }

        plot.ShowLegend(Edge.Bottom);
        return Height + (LegendRowHeight * ((series + 1) / 2));
    }

    /// <summary>
    /// Renders <paramref name="plot"/> to SVG, <see cref="Width"/> by <paramref name="height"/> pixels, and to PNG at
    /// <see cref="PngScale"/> times that size (the same layout, every line and letter scaled), and disposes it.
    /// </summary>
    public static Chart Render(Plot plot, string id, string title, string caption, IReadOnlyList<ChartSeries> series, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        using (plot)
        {
            string svg = plot.GetSvgXml(Width, height);
            plot.ScaleFactor = PngScale;
            byte[] png = plot.GetImageBytes(Width * PngScale, height * PngScale, ImageFormat.Png);
            return new Chart(id, title, caption, Width, height, series, svg, png);
        }
    }
}
