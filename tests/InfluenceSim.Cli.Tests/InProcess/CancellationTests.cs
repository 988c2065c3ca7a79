using InfluenceSim.Engine.Telemetry;

namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>Cancelling <c>run</c> (Ctrl+C) stops it with exit 1 and no run folder, complete or partial.</summary>
[Collection(typeof(InProcessCollection))]
public sealed class CancellationTests : IDisposable
{
    /// <summary>A chain of 500 nodes that adopts one node a step: 501 rounds, so round 3 is far from the end.</summary>
    private const string LongChain = """
        name: chain
        seed: 5
        replicates: 2
        max-steps: 5000
        network:
          generator: path
          nodes: 500
        model:
          kind: independent-cascade
          probability: 1
        seeding:
          strategy: explicit
          nodes: [0]

        """;

    private readonly TempFolder _temp = new();

    /// <summary>
    /// Cancelled as the run starts (during activation), as its third round starts (during propagation) and
    /// as the run ends (before the run folder is written, so the writer's partial folder must go too).
    /// </summary>
    [Theory]
    [InlineData(InfluenceSimTelemetry.RunActivity, ActivityMoment.Start, 1)]
    [InlineData(InfluenceSimTelemetry.RoundActivity, ActivityMoment.Start, 3)]
    [InlineData(InfluenceSimTelemetry.RunActivity, ActivityMoment.Stop, 1)]
    public async Task Cancelling_a_run_in_progress_exits_1_and_leaves_no_run_folder_and_no_partial_folder(string operation, ActivityMoment moment, int occurrence)
    {
        string scenario = _temp.Write("chain.yaml", LongChain);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var trigger = new ActivityTrigger(operation, moment, occurrence, cancel);

        int exitCode = await CliApplication.RunAsync(["run", scenario, "--out", _temp.File("out")], cancel.Token);

        Assert.Equal(occurrence, trigger.Seen);
        Assert.Equal(1, exitCode);
        Assert.Equal(["chain.yaml"], _temp.Entries());
        Assert.Contains("interrupted; no run folder was written", TestContext.Current.TestOutputHelper?.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
