using InfluenceSim.Cli.Tests.Support;
using InfluenceSim.Engine.Telemetry;

namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>An interrupted sweep keeps its finished points, and <c>run --resume DIR</c> finishes it with the files of an uninterrupted run.</summary>
[Collection(typeof(InProcessCollection))]
public sealed class SweepResumeTests : IDisposable
{
    private const string Sweep = """
        name: sweep
        seed: 8
        replicates: 3
        network: { generator: erdos-renyi, nodes: 300, mean-degree: 5 }
        model: { kind: independent-cascade, probability: 0.1 }
        seeding: { strategy: random, count: 3 }
        sweep:
          model.probability: [0.1, 0.3]
          network.mean-degree: { from: 4, to: 6, step: 2 }

        """;

    private static readonly string[] Tables = ["runs.csv", "timeseries.csv", "cascades.csv", "summary.json"];

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_resumed_sweep_writes_the_same_tables_as_an_uninterrupted_one()
    {
        string scenario = _temp.Write("sweep.yaml", Sweep);
        string whole = _temp.File("whole");
        string resumed = _temp.File("resumed");
        var token = TestContext.Current.CancellationToken;
        Assert.Equal(0, await CliApplication.RunAsync(["run", scenario, "--out", whole], token));

        using (var cancel = CancellationTokenSource.CreateLinkedTokenSource(token))
        using (new ActivityTrigger(InfluenceSimTelemetry.RunActivity, ActivityMoment.Start, 3, cancel))
        {
            Assert.Equal(1, await CliApplication.RunAsync(["run", scenario, "--out", resumed], cancel.Token));
        }

        Assert.False(Directory.Exists(resumed));
        Assert.Equal(["plan.json", "point-000000.json", "point-000001.json"], CheckpointFiles("resumed"));
        Assert.Equal(0, await CliApplication.RunAsync(["run", "--resume", resumed], token));

        Assert.False(Directory.Exists(Path.Combine(resumed, "checkpoint")));
        Assert.Equal(["resumed", "sweep.yaml", "whole"], _temp.Entries());
        foreach (string table in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, table)), File.ReadAllBytes(Path.Combine(resumed, table)));
        }

        var runs = CsvTable.Read(Path.Combine(whole, "runs.csv"));
        Assert.Equal(["ended_by", "point", "model.probability", "network.mean-degree"], runs.Columns.Skip(10));
        Assert.Equal(["0", "0", "0", "1", "1", "1", "2", "2", "2", "3", "3", "3"], runs.Strings("point"));
        Assert.Equal(["0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.3", "0.3", "0.3", "0.3", "0.3", "0.3"], runs.Strings("model.probability"));
        Assert.Equal(["4", "4", "4", "6", "6", "6", "4", "4", "4", "6", "6", "6"], runs.Strings("network.mean-degree"));
    }

    [Fact]
    public async Task An_interrupted_forced_sweep_keeps_the_old_folder_until_its_resume_completes()
    {
        string scenario = _temp.Write("sweep.yaml", Sweep);
        string folder = _temp.File("out");
        var token = TestContext.Current.CancellationToken;
        Assert.Equal(0, await CliApplication.RunAsync(["run", scenario, "--out", folder, "--sweep", "model.probability=0.2"], token));
        byte[] oldRuns = File.ReadAllBytes(Path.Combine(folder, "runs.csv"));

        using (var cancel = CancellationTokenSource.CreateLinkedTokenSource(token))
        using (new ActivityTrigger(InfluenceSimTelemetry.RunActivity, ActivityMoment.Start, 2, cancel))
        {
            Assert.Equal(1, await CliApplication.RunAsync(["run", scenario, "--out", folder, "--force"], cancel.Token));
        }

        Assert.Equal(oldRuns, File.ReadAllBytes(Path.Combine(folder, "runs.csv")));
        Assert.Equal(["plan.json", "point-000000.json"], CheckpointFiles("out"));
        Assert.Equal(0, await CliApplication.RunAsync(["run", "--resume", folder], token));

        Assert.Equal(12, CsvTable.Read(Path.Combine(folder, "runs.csv")).Rows.Count);
        Assert.Equal(["out", "sweep.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task A_resume_after_the_network_file_changed_exits_2_naming_the_file()
    {
        string edges = _temp.Write("edges.csv", string.Concat(Enumerable.Range(0, 60).Select(i => $"{i},{(i + 1) % 60}\n")));
        string scenario = _temp.Write("filed.yaml", """
            name: filed
            replicates: 2
            network: { generator: file, path: edges.csv }
            model: { kind: independent-cascade, probability: 0.1 }
            seeding: { strategy: random, count: 2 }
            sweep:
              model.probability: [0.1, 0.3]

            """);
        var token = TestContext.Current.CancellationToken;
        using (var cancel = CancellationTokenSource.CreateLinkedTokenSource(token))
        using (new ActivityTrigger(InfluenceSimTelemetry.RunActivity, ActivityMoment.Start, 2, cancel))
        {
            Assert.Equal(1, await CliApplication.RunAsync(["run", scenario, "--out", _temp.File("out")], cancel.Token));
        }

        File.AppendAllText(edges, "0,30\n");
        var outcome = await CliProcess.RunAsync(_temp.Path, "run", "--resume", "out");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(
            $"influencesim: '{edges}' has changed since the run in 'out' started (its SHA-256 is not the one its checkpoint recorded, or it is gone); resuming would mix two inputs: start the run afresh",
            Assert.Single(outcome.ErrorLines));
        Assert.Equal(["plan.json", "point-000000.json"], CheckpointFiles("out"));
    }

    [Fact]
    public async Task Resuming_a_folder_without_an_interrupted_sweep_exits_2()
    {
        Directory.CreateDirectory(_temp.File("empty"));

        Assert.Equal(2, await CliApplication.RunAsync(["run", "--resume", _temp.File("empty")], TestContext.Current.CancellationToken));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The checkpoint files of the one interrupted run of <paramref name="name"/>, in its hidden work folder.</summary>
    private IEnumerable<string?> CheckpointFiles(string name) =>
        Directory.EnumerateFiles(Path.Combine(Assert.Single(Directory.GetDirectories(_temp.Path, $".{name}.partial-*")), "checkpoint")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
}
