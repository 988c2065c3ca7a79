using InfluenceSim.Cli.Display;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Admission;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>run</c>: runs a scenario (one run, or every point of a sweep) on an embedded single silo and writes its run folder.</summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Resume is { } resumed)
        {
            return await RunJob.ResumeAsync(resumed, settings, cancellationToken);
        }

        try
        {
            var scenario = ScenarioLoader.Load(settings.Scenario, settings.Overrides(), settings.Sweep, BuiltIns.Registries);
            ProblemPrinter.Warn(scenario);
            AdmissionPrinter.Hint(scenario, RunAdmission.Admit(scenario, settings.AllowLarge));
            string folder = settings.Out ?? RunFolderWriter.DefaultFolder(scenario.Name, DateTimeOffset.UtcNow);
            return await RunJob.StartAsync(scenario, folder, settings, cancellationToken);
        }
        catch (ScenarioException e)
        {
            return ProblemPrinter.Print(e);
        }
    }
}
