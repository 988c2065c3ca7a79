using InfluenceSim.Cli.Display;
using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>network</c>: builds a scenario's network, prints its statistics and can export it to a file.</summary>
public sealed class NetworkCommand : ScenarioCommand<NetworkSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, NetworkSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Export is { } folder && Directory.Exists(folder))
        {
            return Task.FromResult(ExitCodes.Refuse($"--export: '{folder}' is a folder; expected a file"));
        }

        if (settings.Export is { } target && File.Exists(target) && !settings.Force)
        {
            return Task.FromResult(ExitCodes.Refuse($"--export: '{target}' already exists; add --force to replace it"));
        }

        return base.ExecuteAsync(context, settings, cancellationToken);
    }

    protected override Task<int> ExecuteAsync(Scenario scenario, NetworkSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(Describe(scenario, settings));

    private static int Describe(Scenario scenario, NetworkSettings settings)
    {
        RunAdmission.AdmitNetwork(scenario, settings.AllowLarge);
        if (settings.Export is { } export && InputGuard.Overlap(export, ScenarioInputs.Files(scenario)) is { } input)
        {
            return ExitCodes.Refuse($"--export: '{export}' is '{input}', an input of this scenario; choose another file");
        }

        var network = RunPreparation.Prepare(scenario).Network;
        var statistics = NetworkStatistics.Compute(network);
        if (settings.Json)
        {
            Console.Write(NetworkStatisticsJson.Format(scenario.Name, statistics));
        }
        else
        {
            Consoles.Results().Write(NetworkStatisticsTable.Build(scenario.Name, statistics));
        }

        return settings.Export is { } path ? NetworkExport.Write(network, path) : ExitCodes.Success;
    }
}
