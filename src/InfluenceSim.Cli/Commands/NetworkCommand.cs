using InfluenceSim.Cli.Display;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>network</c>: builds a scenario's network, prints its statistics and can export it to a file.</summary>
public sealed class NetworkCommand : Command<NetworkSettings>
{
    public override int Execute(CommandContext context, NetworkSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Export is { } folder && Directory.Exists(folder))
        {
            return ExitCodes.Refuse($"--export: '{folder}' is a folder; expected a file");
        }

        if (settings.Export is { } target && File.Exists(target) && !settings.Force)
        {
            return ExitCodes.Refuse($"--export: '{target}' already exists; add --force to replace it");
        }

        PreparedRun prepared;
        try
        {
            var scenario = ScenarioLoader.Load(settings.Scenario, settings.Overrides(), [], BuiltIns.Registries);
            RunAdmission.AdmitNetwork(scenario, settings.AllowLarge);
            if (settings.Export is { } export && InputGuard.Overlap(export, ScenarioInputs.Files(scenario)) is { } input)
            {
                return ExitCodes.Refuse($"--export: '{export}' is '{input}', an input of this scenario; choose another file");
            }

            prepared = RunPreparation.Prepare(scenario);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }

        var statistics = NetworkStatistics.Compute(prepared.Network);
        if (settings.Json)
        {
            Console.Write(NetworkStatisticsJson.Format(prepared.Scenario.Name, statistics));
        }
        else
        {
            Consoles.Results().Write(NetworkStatisticsTable.Build(prepared.Scenario.Name, statistics));
        }

        return settings.Export is { } path ? NetworkExport.Write(prepared.Network, path) : ExitCodes.Success;
    }
}
