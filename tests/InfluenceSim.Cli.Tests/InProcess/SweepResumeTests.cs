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

        Assert.Equal(["plan.json", "point-000000.json", "point-000001.json"], Directory.EnumerateFiles(Path.Combine(resumed, "checkpoint")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0, await CliApplication.RunAsync(["run", "--resume", resumed], token));

        Assert.False(Directory.Exists(Path.Combine(resumed, "checkpoint")));
        foreach (string table in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, table)), File.ReadAllBytes(Path.Combine(resumed, table)));
        }

        var runs = CsvTable.Read(Path.Combine(whole, "runs.csv"));
        Assert.Equal(["model.probability", "network.mean-degree"], runs.Columns.Skip(10));
        Assert.Equal(["0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.3", "0.3", "0.3", "0.3", "0.3", "0.3"], runs.Strings("model.probability"));
        Assert.Equal(["4", "4", "4", "6", "6", "6", "4", "4", "4", "6", "6", "6"], runs.Strings("network.mean-degree"));
    }

    [Fact]
    public async Task Resuming_a_folder_without_an_interrupted_sweep_exits_2()
    {
        Directory.CreateDirectory(_temp.File("empty"));

        Assert.Equal(2, await CliApplication.RunAsync(["run", "--resume", _temp.File("empty")], TestContext.Current.CancellationToken));
    }

    public void Dispose() => _temp.Dispose();
}
