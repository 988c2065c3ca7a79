using InfluenceSim.Reporting;
using InfluenceSim.RunFolders;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>report</c>: writes one self-contained HTML report of one or more run folders, with a PNG file per chart beside it.</summary>
public sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Out is { } output && InputGuard.RunFolderData(output, settings.Folders) is { } folder)
        {
            return ExitCodes.Refuse($"report: --out: '{output}' is the run folder '{folder}' that report reads, or a .csv, .json or .parquet file in it (the run's own files); choose an .html file name");
        }

        ReportResult result;
        try
        {
            result = ReportGenerator.Generate(new ReportRequest(settings.Folders, settings.Out, settings.Force));
        }
        catch (Exception e) when (e is ReportInputException or RunFolderException)
        {
            return ExitCodes.Refuse($"report: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExitCodes.Fail($"report: {e.Message}");
        }

        foreach (string warning in result.Warnings)
        {
            Console.Error.WriteLine($"influencesim: report: warning: {warning}");
        }

        Console.WriteLine($"report: {result.HtmlPath} ({result.PngPaths.Count} charts, a PNG and an SVG file of each beside it)");
        return ExitCodes.Success;
    }
}
