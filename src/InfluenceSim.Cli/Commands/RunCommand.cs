using InfluenceSim.Cli.Display;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Engine.Output;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Host;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>run</c>: runs a scenario on an embedded single silo and writes its run folder.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        PreparedRun prepared;
        string folder;
        try
        {
            var scenario = ScenarioLoader.Load(settings.Scenario, settings.Overrides());
            folder = settings.Out ?? RunFolderWriter.DefaultFolder(scenario.Name, DateTimeOffset.UtcNow);
            if (RunFolderWriter.CheckTarget(folder, settings.Force) is { } refusal)
            {
                Console.Error.WriteLine($"influencesim: {refusal}");
                return ExitCodes.BadInput;
            }

            prepared = RunPreparation.Prepare(scenario);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }

        var started = DateTimeOffset.UtcNow;
        try
        {
            await using var silo = await EmbeddedSilo.StartAsync(services => TelemetrySetup.Add(services, settings.Exporter), cancellationToken);
            var runner = new SimulationRunner(silo.Grains, silo.Services.GetRequiredService<InfluenceSimTelemetry>());
            var execution = new ScenarioExecution(runner);
            var result = await ProgressDisplay.RunAsync(progress => execution.RunAsync(prepared, progress, cancellationToken));
            var info = new ManifestInfo(1, started, DateTimeOffset.UtcNow, result.Combined.Timings);
            var extras = RunFolderExtrasBuilder.For(result, prepared.Network);
            await RunFolderWriter.WriteAsync(folder, prepared.Scenario, result.Combined, info, settings.Force, cancellationToken: cancellationToken, extras: extras);
            RunSummaryPrinter.Print(prepared, result, folder);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("influencesim: interrupted; no run folder was written");
            return ExitCodes.RunFailed;
        }
    }
}
