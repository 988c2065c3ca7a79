using System.ComponentModel;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>help [VERB]</c>: prints the usage of the program, or of one verb (the same as <c>--help</c>).</summary>
public sealed class HelpCommand : Command<HelpCommand.Settings>
{
    /// <summary>The verb whose usage to print; none for the program's.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[VERB]")]
        [Description("The verb whose options to print (run, validate, report, ...); without it, the list of verbs.")]
        public string? Verb { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Verb is null)
        {
            return CliApplication.Help([]);
        }

        if (!CliApplication.Verbs.Contains(settings.Verb, StringComparer.Ordinal))
        {
            return ExitCodes.Refuse($"help: unknown verb {EchoedValue.Quote(settings.Verb)}; expected one of {string.Join(", ", CliApplication.Verbs)}");
        }

        return CliApplication.Help([settings.Verb]);
    }
}
