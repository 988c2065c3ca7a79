using System.Globalization;
using InfluenceSim.Cli.Display;
using InfluenceSim.Engine.Output;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Networks;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// Runs a sweep point by point into its run folder, saving each finished point in the folder's
/// <c>checkpoint/</c>, so that <c>run --resume DIR</c> continues an interrupted sweep; the finished
/// run folder replaces the checkpoints at the end.
/// </summary>
internal static class SweepRun
{
    public static async Task<int> StartAsync(Scenario scenario, string folder, RunSettings settings, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder, recursive: true);
        }

        var checkpoints = new FolderCheckpoints(folder);
        var plan = new SweepCheckpointPlan(
            Path.GetFullPath(settings.Scenario),
            settings.Overrides(),
            settings.Sweep,
            scenario.Resolved.ToJsonString(),
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            TableFormats.Name(settings.TableFormat));
        checkpoints.Begin(plan);
        return await RunAsync(scenario, folder, checkpoints, plan, settings, cancellationToken);
    }

    public static async Task<int> ResumeAsync(string folder, RunSettings settings, CancellationToken cancellationToken)
    {
        if (!FolderCheckpoints.Exists(folder))
        {
            Console.Error.WriteLine($"influencesim: '{folder}' holds no interrupted sweep (no {FolderCheckpoints.FolderName}/{FolderCheckpoints.PlanFile})");
            return ExitCodes.BadInput;
        }

        var checkpoints = new FolderCheckpoints(folder);
        var plan = checkpoints.ReadPlan();
        try
        {
            var scenario = ScenarioLoader.Load(plan.ScenarioFile, plan.Overrides, plan.Sweeps);
            ProblemPrinter.Warn(scenario);
            if (scenario.Resolved.ToJsonString() != plan.ResolvedScenario)
            {
                Console.Error.WriteLine($"influencesim: {plan.ScenarioFile} has changed since the sweep in '{folder}' started; resuming would mix two scenarios");
                return ExitCodes.BadInput;
            }

            return await RunAsync(scenario, folder, checkpoints, plan, settings, cancellationToken);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }
    }

    private static async Task<int> RunAsync(Scenario scenario, string folder, FolderCheckpoints checkpoints, SweepCheckpointPlan plan, RunSettings settings, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            await using var session = await RunSession.StartAsync(settings, cancellationToken);
            var result = await ProgressDisplay.RunAsync(progress => session.Execution.RunSweepAsync(scenario, checkpoints, progress, cancellationToken));
            var info = await session.ManifestAsync(started, result.Combined.Timings);
            var extras = RunFolderExtrasBuilder.For(result, NetworksOf(scenario), scenario.Seed);
            await RunFolderWriter.WriteAsync(folder, scenario, result.Combined, info, force: true, cancellationToken: cancellationToken, extras: extras, format: TableFormats.Parse(plan.Format) ?? TableFormat.Both);
            RunSummaryPrinter.Print(scenario, result, folder);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"influencesim: interrupted; finished points are kept: continue with 'influencesim run --resume {folder}'");
            return ExitCodes.RunFailed;
        }
    }

    /// <summary>Each point's network, built again on demand (and once only) for the per-seed tables.</summary>
    private static Func<int, Network> NetworksOf(Scenario scenario)
    {
        var built = new Dictionary<int, Network>();
        return point => built.TryGetValue(point, out var network)
            ? network
            : built[point] = RunPreparation.Prepare(scenario.Sweep!.Points[point].Scenario).Network;
    }
}
