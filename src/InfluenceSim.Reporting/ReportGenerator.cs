using System.Text;
using InfluenceSim.Files;
using InfluenceSim.Reporting.Charts;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Html;

namespace InfluenceSim.Reporting;

/// <summary>
/// Writes a report: reads the run folders, prepares the charts, and writes the HTML page and one
/// PNG per chart (<c>STEM-CHART.png</c> beside it). Existing files are replaced only with
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
        var pngs = content.Charts.Select(c => (Chart: c, Path: Path.Combine(folder, PngName(stem, c)))).ToList();
        foreach (var (_, png) in pngs)
        {
            Refuse(png, request.Force);
        }

        Directory.CreateDirectory(folder);
        foreach (var (chart, png) in pngs)
        {
            AtomicFile.WriteAllBytes(png, chart.Png);
        }

        AtomicFile.WriteAllBytes(html, Encoding.UTF8.GetBytes(HtmlPage.Render(content, c => PngName(stem, c))));
        return new ReportResult(html, [.. pngs.Select(p => p.Path)], [.. runs.Select(r => r.Warning).OfType<string>()]);
    }

    /// <summary>The file name of a chart's PNG beside a page named <paramref name="stem"/>.html.</summary>
    public static string PngName(string stem, Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"{stem}-{chart.Id}.png";
    }

    private static void Refuse(string path, bool force)
    {
        if (File.Exists(path) && !force)
        {
            throw new ReportInputException($"'{path}' already exists; add --force to replace it");
        }
    }
}
