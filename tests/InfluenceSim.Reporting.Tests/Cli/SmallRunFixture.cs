namespace InfluenceSim.Reporting.Tests.Cli;

/// <summary>A tiny scenario run once by the real program, so that the <c>report</c> verb reads a folder <c>run</c> wrote.</summary>
public sealed class SmallRunFixture : IAsyncLifetime
{
    /// <summary>An independent cascade on 300 nodes, four replicates, seed 3: a run of a second or two.</summary>
    public const string Scenario = """
        name: tiny
        seed: 3
        replicates: 4
        network:
          generator: erdos-renyi
          nodes: 300
          mean-degree: 6
        model:
          kind: independent-cascade
          probability: 0.25
        seeding:
          strategy: random
          count: 2

        """;

    public TempFolder Temp { get; } = new();

    /// <summary>The run folder <c>influencesim run</c> wrote.</summary>
    public string RunFolder => Temp.File("tiny");

    public CliOutcome Run { get; private set; } = new(-1, "", "");

    public async ValueTask InitializeAsync()
    {
        string scenario = Temp.Write("tiny.yaml", Scenario);
        Run = await CliProcess.RunAsync(Temp.Path, "run", scenario, "--out", RunFolder);
    }

    public ValueTask DisposeAsync()
    {
        Temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
