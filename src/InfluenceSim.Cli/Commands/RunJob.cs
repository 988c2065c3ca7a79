using System.Globalization;
using InfluenceSim.Cli.Display;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Running;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// Runs a scenario, one run or every point of a sweep, through its run folder's lifecycle (<see cref="RunFolderLifecycle"/>):
/// the work folder and its checkpoint first (a sweep saves each finished point there), the finished run folder in place at
/// the end (a run of several replicate batches saves each finished batch there too); <c>run --resume DIR</c> continues an
/// interrupted one, or one that lost every silo of its cluster.
/// </summary>
internal static class RunJob
{
    /// <summary>Starts a run into <paramref name="folder"/> (exit 2 when the folder is refused).</summary>
    public static async Task<int> StartAsync(Scenario scenario, string folder, RunSettings settings, CancellationToken cancellationToken)
    {
        var plan = new SweepCheckpointPlan(
            Path.GetFullPath(settings.Scenario),
            settings.Overrides(),
            settings.Sweep,
            scenario.Resolved.ToJsonString(),
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            TableFormats.Name(settings.TableFormat),
            ScenarioInputs.Hash(scenario),
            settings.Force,
            ResultsVersion.Current);
        RunFolderLifecycle lifecycle;
        try
        {
            lifecycle = RunFolderLifecycle.Begin(folder, settings.Force, ScenarioInputs.Files(scenario));
        }
        catch (RunFolderRefusedException e)
        {
            return ExitCodes.Refuse(e.Message);
        }

        try
        {
            lifecycle.Checkpoints.Begin(plan);
        }
        catch
        {
            lifecycle.Abandon();
            throw;
        }

        return await RunAsync(scenario, lifecycle, plan, settings, cancellationToken);
    }

    /// <summary>Continues the interrupted run that <paramref name="path"/> names (the run folder or its work folder).</summary>
    public static async Task<int> ResumeAsync(string path, RunSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var lifecycle = RunFolderLifecycle.Resume(path);
            if (lifecycle.IsComplete)
            {
                lifecycle.Complete(force: true);
                Console.WriteLine($"run folder: {lifecycle.Target} (its files were complete; only the rename was left)");
                return ExitCodes.Success;
            }

            var plan = lifecycle.Checkpoints.ReadPlan();
            if ((plan.Inputs ?? []).FirstOrDefault(input => !input.IsUnchanged()) is { } changed)
            {
                return ExitCodes.Refuse($"'{changed.Path}' has changed since the run in '{path}' started (its SHA-256 is not the one its checkpoint recorded, or it is gone); resuming would mix two inputs: start the run afresh");
            }

            var scenario = ScenarioLoader.Load(plan.ScenarioFile, plan.Overrides, plan.Sweeps, BuiltIns.Registries);
            ProblemPrinter.Warn(scenario);
            AdmissionPrinter.Hint(scenario, RunAdmission.Admit(scenario, settings.AllowLarge));
            if (scenario.Resolved.ToJsonString() != plan.ResolvedScenario)
            {
                return ExitCodes.Refuse($"{plan.ScenarioFile} has changed since the run in '{path}' started; resuming would mix two scenarios");
            }

            return await RunAsync(scenario, lifecycle, plan, settings, cancellationToken);
        }
        catch (RunFolderRefusedException e)
        {
            return ExitCodes.Refuse(e.Message);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }
    }

    private static async Task<int> RunAsync(Scenario scenario, RunFolderLifecycle folder, SweepCheckpointPlan plan, RunSettings settings, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        bool sweep = scenario.Sweep is not null;
        try
        {
            var (result, extras, cluster) = await ExecuteAsync(scenario, folder, settings, cancellationToken);
            var info = cluster with { StartedUtc = started, EndedUtc = DateTimeOffset.UtcNow, Inputs = plan.Inputs };
            var options = new RunFolderWriteOptions(info) { Force = plan.Force, Extras = extras, Format = TableFormats.Parse(plan.Format) ?? TableFormat.Both };
            await RunFolderWriter.WriteAsync(folder, scenario, result.Combined, options, cancellationToken);
            RunSummaryPrinter.Print(scenario, result, folder.Named);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (!sweep)
            {
                folder.Abandon();
                return ExitCodes.Fail("interrupted; no run folder was written");
            }

            return ExitCodes.Fail($"interrupted; finished points are kept: continue with: {ToolCommand.Current} run --resume {ToolCommand.Argument(folder.Named)}");
        }
        catch (RunFolderRefusedException e)
        {
            return ExitCodes.Refuse(e.Message);
        }
        catch (SilosLostException e)
        {
            return ExitCodes.Fail($"{e.Message}; the run folder was not written, its finished replicate batches and points are kept: once silos are back, continue with 'influencesim run --resume {folder.Named} --cluster URI'");
        }
        catch (Exception) when (!sweep)
        {
            folder.Abandon();
            throw;
        }
    }

    /// <summary>
    /// Runs the scenario's one seeding (or its compared seedings), or every point of its sweep, saving each finished point to the
    /// checkpoint; also returns what the manifest records of the cluster that ran it (its times are set by the caller). While the
    /// cluster runs, whatever writes to standard output (<c>--otel console</c>) goes to standard error: standard output keeps the summary.
    /// </summary>
    private static async Task<(ExecutionResult Result, RunFolderExtras Extras, ManifestInfo Cluster)> ExecuteAsync(Scenario scenario, RunFolderLifecycle folder, RunSettings settings, CancellationToken cancellationToken)
    {
        using var diagnostics = new StandardOutputOnError();
        await using var session = await RunSession.StartAsync(settings, cancellationToken);
        var outcome = await ProgressDisplay.RunAsync(progress => session.Execution.RunScenarioAsync(scenario, folder.Checkpoints, CrashingProgress.Watching(progress), cancellationToken));
        var cluster = await session.ManifestAsync(DateTimeOffset.UtcNow, outcome.Result.Combined.Timings);
        return (outcome.Result, RunFolderExtrasBuilder.For(outcome.Result, outcome.NetworkOf, scenario.Seed), cluster);
    }
}
