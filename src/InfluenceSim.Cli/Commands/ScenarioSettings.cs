using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options shared by the verbs that read a scenario: the file and its overrides.</summary>
public class ScenarioSettings : CommandSettings
{
    [CommandArgument(0, "[SCENARIO]"), Description("The scenario file (YAML or JSON).")]
    public string Scenario { get; init; } = "";

    [CommandOption("--set <KEY=VALUE>"), Description("Override one key of the scenario (dotted path, YAML scalar or list value). Repeatable.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--replicates <N>"), Description("Override the number of replicates (same as --set replicates=N).")]
    public int? Replicates { get; init; }

    [CommandOption("--seed <N>"), Description("Override the master seed (same as --set seed=N).")]
    public long? Seed { get; init; }

    [CommandOption("--allow-large"), Description("Run (or build) even when the estimated memory exceeds what the machine has (docs/safety.md, Limits).")]
    public bool AllowLarge { get; init; }

    [CommandOption("--verbose"), Description("Print the stack trace of an unexpected failure.")]
    public bool Verbose { get; init; }

    /// <summary>Every override, the --set ones first, then --replicates and --seed.</summary>
    public IReadOnlyList<string> Overrides()
    {
        var overrides = new List<string>(Set);
        if (Replicates is { } replicates)
        {
            overrides.Add(FormattableString.Invariant($"replicates={replicates}"));
        }

        if (Seed is { } seed)
        {
            overrides.Add(FormattableString.Invariant($"seed={seed}"));
        }

        return overrides;
    }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Scenario) ? ValidationResult.Error("a scenario file is required") : ValidationResult.Success();
}
