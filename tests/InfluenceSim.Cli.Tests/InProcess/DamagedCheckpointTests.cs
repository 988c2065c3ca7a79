using InfluenceSim.Engine.Telemetry;

namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary><c>run --resume</c> on a sweep whose plan or finished point file was damaged exits 2 with one sentence naming the file, not the JSON library's message.</summary>
[Collection(typeof(InProcessCollection))]
public sealed class DamagedCheckpointTests : IDisposable
{
    private const string Sweep = """
        name: sweep
        seed: 8
        replicates: 2
        network: { generator: erdos-renyi, nodes: 200, mean-degree: 5 }
        model: { kind: independent-cascade, probability: 0.1 }
        seeding: { strategy: random, count: 3 }
        sweep:
          model.probability: [0.1, 0.2, 0.3]

        """;

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("plan.json", "{\"ScenarioFile\": 12")]
    [InlineData("plan.json", "")]
    [InlineData("point-000000.json", "{\"Nodes\": \"many\", \"Ties\": 3}")]
    [InlineData("point-000000.json", "null")]
    [InlineData("point-000000.json", "{\"Nodes\": 1, \"Ties\": 0, \"Replicates\": [null], \"Timings\": {\"NetworkBuild\": 0, \"Activation\": 0, \"Propagation\": 0, \"Output\": 0}}")]
    public async Task A_damaged_checkpoint_file_exits_2_naming_the_file(string name, string damage)
    {
        string folder = await InterruptedSweepAsync();
        string file = CheckpointFile(name);
        File.WriteAllText(file, damage);

        var (code, stderr) = await ResumeAsync(folder);

        Assert.Equal(2, code);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"influencesim: {file}: the sweep's checkpoint is damaged: expected ", line, StringComparison.Ordinal);
        Assert.EndsWith("; start the sweep again without --resume", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_in_place_of_a_point_file_is_called_a_folder()
    {
        string folder = await InterruptedSweepAsync();
        string file = CheckpointFile("point-000000.json");
        File.Delete(file);
        Directory.CreateDirectory(file);

        var (code, stderr) = await ResumeAsync(folder);

        Assert.Equal(2, code);
        Assert.Contains($"{file}: the sweep's checkpoint is damaged: expected a finished point's results as the tool writes it, found a folder", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<string> InterruptedSweepAsync()
    {
        string scenario = _temp.Write("sweep.yaml", Sweep);
        string folder = _temp.File("swept");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using (new ActivityTrigger(InfluenceSimTelemetry.RunActivity, ActivityMoment.Start, 2, cancel))
        {
            Assert.Equal(1, await CliApplication.RunAsync(["run", scenario, "--out", folder], cancel.Token));
        }

        return folder;
    }

    /// <summary>The checkpoint file <paramref name="name"/> wherever the interrupted sweep keeps its checkpoint.</summary>
    private string CheckpointFile(string name) =>
        Assert.Single(Directory.EnumerateFiles(_temp.Path, name, SearchOption.AllDirectories));

    private static async Task<(int Code, string Stderr)> ResumeAsync(string folder)
    {
        var stderr = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            int code = await CliApplication.RunAsync(["run", "--resume", folder], TestContext.Current.CancellationToken);
            return (code, captured.ToString());
        }
        finally
        {
            Console.SetError(stderr);
        }
    }
}
