using InfluenceSim.Cli.Display;
using InfluenceSim.Engine.Output;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>run</c>: runs a scenario (one run, or every point of a sweep) on an embedded single silo and writes its run folder.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Resume is { } resumed)
        {
            return await SweepRun.ResumeAsync(resumed, settings, cancellationToken);
        }

        Scenario scenario;
        string folder;
        try
        {
            scenario = ScenarioLoader.Load(settings.Scenario, settings.Overrides(), settings.Sweep);
            ProblemPrinter.Warn(scenario);
            folder = settings.Out ?? RunFolderWriter.DefaultFolder(scenario.Name, DateTimeOffset.UtcNow);
            if (RunFolderWriter.CheckTarget(folder, settings.Force) is { } refusal)
            {
                Console.Error.WriteLine($"influencesim: {refusal}");
                return ExitCodes.BadInput;
            }

            if (scenario.Sweep is not null)
            {
                return await SweepRun.StartAsync(scenario, folder, settings, cancellationToken);
            }

            return await SingleAsync(RunPreparation.Prepare(scenario), folder, settings, cancellationToken);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }
    }

    private static async Task<int> SingleAsync(PreparedRun prepared, string folder, RunSettings settings, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            await using var session = await RunSession.StartAsync(settings, cancellationToken);
            var result = await ProgressDisplay.RunAsync(progress => session.Execution.RunAsync(prepared, progress, cancellationToken));
            var info = await session.ManifestAsync(started, result.Combined.Timings);
            var extras = RunFolderExtrasBuilder.For(result, prepared.Network, prepared.Scenario.Seed);
            await RunFolderWriter.WriteAsync(folder, prepared.Scenario, result.Combined, info, settings.Force, cancellationToken: cancellationToken, extras: extras, format: settings.TableFormat);
            RunSummaryPrinter.Print(prepared.Scenario, result, folder);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("influencesim: interrupted; no run folder was written");
            return ExitCodes.RunFailed;
        }
    }
}
