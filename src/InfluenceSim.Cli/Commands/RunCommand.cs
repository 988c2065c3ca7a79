using InfluenceSim.Cli.Display;
using InfluenceSim.Engine.Admission;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>run</c>: runs a scenario (one run, or every point of a sweep) on an embedded single silo and writes its run folder.</summary>
public sealed class RunCommand : ScenarioCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken) =>
        settings.Resume is { } resumed
            ? await RunJob.ResumeAsync(resumed, settings, cancellationToken)
            : await base.ExecuteAsync(context, settings, cancellationToken);

    protected override Task<int> ExecuteAsync(Scenario scenario, RunSettings settings, CancellationToken cancellationToken)
    {
        AdmissionPrinter.Hint(scenario, RunAdmission.Admit(scenario, settings.AllowLarge));
        string folder = settings.Out ?? RunFolderWriter.DefaultFolder(scenario.Name, DateTimeOffset.UtcNow);
        return RunJob.StartAsync(scenario, folder, settings, cancellationToken);
    }

    protected override IReadOnlyList<string> Sweeps(RunSettings settings) => settings.Sweep;
}
