using System.Text;
using InfluenceSim.Files;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Html;

namespace InfluenceSim.Reporting;

/// <summary>
/// Writes a report: reads the run folders, prepares the charts, and writes the HTML page and, per
/// chart, an SVG and a PNG file (<c>STEM-CHART.svg</c>, <c>STEM-CHART.png</c> beside it). Existing files are replaced only with
/// <see cref="ReportRequest.Force"/>; each file is written to a temporary name, then renamed.
/// </summary>
public static class ReportGenerator
{
    public const string DefaultFileName = "report.html";

    public static ReportResult Generate(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var runs = request.Folders.Select(RunFolder.Load).ToList();
        if (runs.Count == 0)
        {
            throw new ReportInputException("a report needs at least one run folder");
        }

        string html = Path.GetFullPath(request.Output ?? Path.Combine(runs[0].Path, DefaultFileName));
        if (Directory.Exists(html))
        {
            throw new ReportInputException($"--out: '{request.Output}' is a folder; expected an HTML file name");
        }

        Refuse(html, request.Force);
        var content = ReportBuilder.Build(runs);
        string folder = Path.GetDirectoryName(html)!;
        string stem = Path.GetFileNameWithoutExtension(html);
        var files = content.Charts
            .Select(c => (Chart: c, Png: Path.Combine(folder, PngName(stem, c)), Svg: Path.Combine(folder, SvgName(stem, c))))
            .ToList();
        foreach (var (_, png, svg) in files)
        {
            Refuse(png, request.Force);
            Refuse(svg, request.Force);
        }

        Directory.CreateDirectory(folder);
        foreach (var (chart, png, svg) in files)
        {
            AtomicFile.WriteAllBytes(png, chart.Png);
            AtomicFile.WriteAllBytes(svg, Encoding.UTF8.GetBytes(chart.Svg));
        }

        AtomicFile.WriteAllBytes(html, Encoding.UTF8.GetBytes(HtmlPage.Render(content, c => PngName(stem, c), c => SvgName(stem, c))));
        return new ReportResult(html, [.. files.Select(f => f.Png)], [.. runs.Select(r => r.Warning).OfType<string>()])
        {
            SvgPaths = [.. files.Select(f => f.Svg)],
        };
    }

    /// <summary>The file name of a chart's PNG beside a page named <paramref name="stem"/>.html.</summary>
    public static string PngName(string stem, Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"{stem}-{chart.Id}.png";
    }

    /// <summary>The file name of a chart's SVG beside a page named <paramref name="stem"/>.html.</summary>
    public static string SvgName(string stem, Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"{stem}-{chart.Id}.svg";
    }

    private static void Refuse(string path, bool force)
    {
        if (File.Exists(path) && !force)
        {
            throw new ReportInputException($"'{path}' already exists; add --force to replace it");
        }
    }
}
