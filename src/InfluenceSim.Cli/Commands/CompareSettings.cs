using System.ComponentModel;
using InfluenceSim.Analysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of <c>compare</c>: the run folders (each later one is compared with the first), the output file and the thresholds.</summary>
public sealed class CompareSettings : CommandSettings
{
    [CommandArgument(0, "<RUN_FOLDERS>"), Description("Two or more run folders; each later one (B, C, ...) is compared with the first (A).")]
    public string[] Folders { get; init; } = [];

    [CommandOption("--out <FILE>"), Description("Also write the comparison table to FILE (CSV); without it, compare prints the comparison and writes nothing.")]
    public string? Out { get; init; }

    [CommandOption("--force"), Description("Replace an existing --out file.")]
    public bool Force { get; init; }

    [CommandOption("--fail-if <METRIC:CONDITION>"), Description("Exit 3 when a comparison crosses this threshold: METRIC:difference>X, METRIC:difference<X, METRIC:abs-difference>X or METRIC:p<X. Repeatable.")]
    public string[] FailIf { get; init; } = [];

    /// <summary>The parsed <c>--fail-if</c> conditions (valid once <see cref="Validate"/> passed).</summary>
    public IReadOnlyList<FailCondition> Conditions() => [.. FailIf.Select(text => FailCondition.Parse(text, out _)!)];

    public override ValidationResult Validate()
    {
        if (Folders.Length < 2)
        {
            return ValidationResult.Error("compare: expected at least two run folders, the first to compare the others with");
        }

        if (Out is not null && string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out: expected a file name");
        }

        foreach (string condition in FailIf)
        {
            if (FailCondition.Parse(condition, out string? error) is null)
            {
                return ValidationResult.Error(error!);
            }
        }

        return ValidationResult.Success();
    }
}
