using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>No verb writes over what it reads: <c>run --out</c>, <c>network --export</c>, <c>compare --out</c> and <c>report --out</c> refuse an input of their own, and <c>--force</c> replaces only run folders.</summary>
public sealed class InputProtectionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Run_refuses_an_out_folder_that_holds_its_scenario_even_with_force()
    {
        string project = _temp.Folder("proj");
        string scenario = _temp.Write("proj/s.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", "proj", "--force");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal($"influencesim: the output folder 'proj' contains '{scenario}', an input of this run; choose another --out", Assert.Single(outcome.ErrorLines));
        Assert.Equal(["s.yaml"], _temp.Entries(project));
        Assert.Equal(["proj"], _temp.Entries());
    }

    [Fact]
    public async Task Run_with_force_refuses_a_folder_that_is_not_a_run_folder()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string notes = _temp.Folder("notes");
        _temp.Write("notes/thesis.txt", "mine\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", "notes", "--force");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal("influencesim: the output folder 'notes' is not a run folder (it has no manifest.json); --force replaces only run folders: choose another --out, or empty it first", Assert.Single(outcome.ErrorLines));
        Assert.Equal(["thesis.txt"], _temp.Entries(notes));
        Assert.Equal(["notes", "small.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task Network_export_refuses_to_overwrite_the_network_file_it_reads()
    {
        string edges = _temp.Write("edges.csv", "a,b\nb,c\n");
        string scenario = _temp.Write("filed.yaml", """
            name: filed
            network: { generator: file, path: edges.csv }
            model: { kind: independent-cascade, probability: 0.1 }
            seeding: { strategy: random, count: 1 }

            """);

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario, "--export", "edges.csv", "--force");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal($"influencesim: --export: 'edges.csv' is '{edges}', an input of this scenario; choose another file", Assert.Single(outcome.ErrorLines));
        Assert.Equal("a,b\nb,c\n", File.ReadAllText(edges));
    }

    [Theory]
    [InlineData("compare", "run/runs.csv", "influencesim: compare: --out: 'run/runs.csv' lies in the run folder 'run' that compare reads (its .csv, .json and .parquet files are the run's own); write the comparison outside the run folders")]
    [InlineData("report", "run/manifest.json", "influencesim: report: --out: 'run/manifest.json' is the run folder 'run' that report reads, or a .csv, .json or .parquet file in it (the run's own files); choose an .html file name")]
    public async Task Compare_and_report_refuse_an_out_file_of_a_run_folder_they_read(string verb, string output, string message)
    {
        _temp.Folder("run");
        _temp.Write("run/runs.csv", "kept\n");
        _temp.Write("run/manifest.json", "kept\n");
        string[] folders = verb == "compare" ? ["run", "run"] : ["run"];

        var outcome = await CliProcess.RunAsync(_temp.Path, [verb, .. folders, "--out", output, "--force"]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(message, Assert.Single(outcome.ErrorLines));
        Assert.Equal("kept\n", File.ReadAllText(_temp.File(output)));
    }

    public void Dispose() => _temp.Dispose();
}
