using InfluenceSim.Cli.Display;
using InfluenceSim.Engine;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// A verb that runs on a scenario file: loads it with the settings' overrides, prints its warnings, and answers a bad
/// scenario, here or in what the verb does with it, with its problem (exit 2).
/// </summary>
public abstract class ScenarioCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : ScenarioSettings
{
    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var scenario = ScenarioLoader.Load(settings.Scenario, settings.Overrides(), Sweeps(settings), BuiltIns.Registries);
            ProblemPrinter.Warn(scenario);
            return await ExecuteAsync(scenario, settings, cancellationToken);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }
    }

    /// <summary>What the verb does with the loaded scenario.</summary>
    protected abstract Task<int> ExecuteAsync(Scenario scenario, TSettings settings, CancellationToken cancellationToken);

    /// <summary>The sweeps the settings add to the scenario's (none by default).</summary>
    protected virtual IReadOnlyList<string> Sweeps(TSettings settings) => [];
}
