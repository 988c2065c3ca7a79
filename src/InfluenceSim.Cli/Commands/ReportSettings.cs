using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of <c>report</c>: the run folders, the HTML file and whether existing files may be replaced.</summary>
public sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<RUN_FOLDERS>"), Description("One or more run folders; several make one report that compares them, each run a series.")]
    public string[] Folders { get; init; } = [];

    [CommandOption("--out <FILE>"), Description("The HTML file; the charts' PNG files go beside it. Default: report.html in the run folder when there is one; required with several.")]
    public string? Out { get; init; }

    [CommandOption("--force"), Description("Replace an existing report and its PNG files.")]
    public bool Force { get; init; }

    public override ValidationResult Validate()
    {
        if (Folders.Length == 0)
        {
            return ValidationResult.Error("report: expected at least one run folder");
        }

        if (Out is null && Folders.Length > 1)
        {
            return ValidationResult.Error("report: --out FILE is required with several run folders: the report compares them and belongs in none of them");
        }

        return Out is not null && string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out: expected a file name") : ValidationResult.Success();
    }
}
