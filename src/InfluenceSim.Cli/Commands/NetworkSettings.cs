using System.ComponentModel;
using InfluenceSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of <c>network</c>: the scenario, where to export its network, and the output form.</summary>
public sealed class NetworkSettings : ScenarioSettings
{
    /// <summary>The extensions --export accepts (the network file formats).</summary>
    public static readonly string[] ExportExtensions = [".csv", ".tsv", ".txt", ".graphml"];

    [CommandOption("--export <FILE>"), Description("Write the network to FILE: an edge list (.csv, .tsv, .txt) or GraphML (.graphml).")]
    public string? Export { get; init; }

    [CommandOption("--force"), Description("Replace an existing --export file.")]
    public bool Force { get; init; }

    [CommandOption("--json"), Description("Print the statistics as JSON instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Export is not null && !ExportExtensions.Contains(Path.GetExtension(Export).ToLowerInvariant()))
        {
            return ValidationResult.Error($"--export: expected a file ending in {string.Join(", ", ExportExtensions)}, found {EchoedValue.Quote(Export)}");
        }

        if (Force && Export is null)
        {
            return ValidationResult.Error("--force: only used with --export");
        }

        return base.Validate();
    }
}
