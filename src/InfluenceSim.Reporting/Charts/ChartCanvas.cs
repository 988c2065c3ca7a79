using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>The frame every chart shares: size, font, colours, legend placement, and rendering to SVG and PNG.</summary>
public static class ChartCanvas
{
    public const int Width = 860;
    public const int Height = 460;

    /// <summary>Above this many series the legend moves out of the data area, below it.</summary>
    public const int InsideLegendItems = 6;

    private const int LegendRowHeight = 22;

    private const string FontName = "DejaVu Sans";

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

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

    /// <summary>The colour of series number <paramref name="index"/> (Category10, repeating).</summary>
    public static Color ColorOf(int index) => Palette.GetColor(index);

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

    /// <summary>Renders <paramref name="plot"/> to SVG and PNG, <see cref="Width"/> by <paramref name="height"/> pixels, and disposes it.</summary>
    public static Chart Render(Plot plot, string id, string title, string caption, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        using (plot)
        {
            return new Chart(id, title, caption, Width, height, plot.GetSvgXml(Width, height), plot.GetImageBytes(Width, height, ImageFormat.Png));
        }
    }
}
