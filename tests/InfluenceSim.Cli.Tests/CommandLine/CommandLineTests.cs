using InfluenceSim.Cli.Tests.Support;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Cli.Tests.CommandLine;

/// <summary><c>--version</c>, the <c>help</c> verb, and hints that name the command as the user starts it.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Version_prints_the_tools_version_and_exits_0()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "--version");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(ManifestJson.ToolVersion, outcome.Stdout.Trim());
        Assert.StartsWith("0.1.0", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_verb_and_help_verb_prints_that_verbs_options()
    {
        var list = await CliProcess.RunAsync(_temp.Path, "help");
        var run = await CliProcess.RunAsync(_temp.Path, "help", "run");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.All(CliApplication.Verbs, verb => Assert.Contains($"    {verb} ", list.Stdout, StringComparison.Ordinal));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("--replicates", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--resume", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--fail-if", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("run scenarios/quickstart.yaml --replicates 50 --set model.probability=0.2\n", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public async Task Every_verbs_help_prints_its_usage_and_exits_0(string verb)
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "help", verb);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"influencesim {verb} ", outcome.Stdout, StringComparison.Ordinal);
        Assert.Empty(outcome.Stderr);
    }

    [Fact]
    public async Task Help_of_an_unknown_verb_exits_2_and_names_the_verbs()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "help", "frobnicate");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(
            ["influencesim: help: unknown verb 'frobnicate'; expected one of run, validate, network, models, compare, report, bench, silo, help"],
            outcome.ErrorLines);
    }

    [Fact]
    public async Task The_resume_hint_names_dotnet_run_from_a_checkout_build_and_influencesim_from_elsewhere()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string checkpoint = _temp.Folder(".run.partial-0123456789ab/checkpoint");
        File.WriteAllText(Path.Combine(checkpoint, "plan.json"), "{}");
        string target = _temp.File("run");
        string configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        string dotnetRun = configuration == "Debug" ? "dotnet run --project src/InfluenceSim.Cli --" : $"dotnet run --project src/InfluenceSim.Cli -c {configuration} --";

        var checkout = await CliProcess.RunCheckoutBuildAsync(RepoPaths.RepoRoot, "run", scenario, "--out", target);
        var installed = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", target);

        Assert.True(checkout.ExitCode == 2, checkout.ToString());
        Assert.EndsWith($"or continue it with: {dotnetRun} run --resume {target}", checkout.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.True(installed.ExitCode == 2, installed.ToString());
        Assert.EndsWith($"or continue it with: influencesim run --resume {target}", installed.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.Equal([".run.partial-0123456789ab", "small.yaml"], _temp.Entries());
    }

    public static TheoryData<string> EveryVerb() => [.. CliApplication.Verbs];

    public void Dispose() => _temp.Dispose();
}
