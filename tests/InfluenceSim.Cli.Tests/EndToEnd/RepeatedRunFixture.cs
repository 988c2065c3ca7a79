using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>The small scenario run twice by the real program, same file and seed, into two run folders.</summary>
public sealed class RepeatedRunFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public RepeatedRunFixture()
    {
        ScenarioPath = _temp.File("small.yaml");
        First = new RunFolder(_temp.File("first"));
        Second = new RunFolder(_temp.File("second"));
    }

    public string ScenarioPath { get; }

    public RunFolder First { get; }

    public RunFolder Second { get; }

    public CliOutcome FirstOutcome { get; private set; } = new(-1, "", "");

    public CliOutcome SecondOutcome { get; private set; } = new(-1, "", "");

    /// <summary>The temp folder's entries after both runs.</summary>
    public IReadOnlyList<string> Entries => _temp.Entries();

    public async ValueTask InitializeAsync()
    {
        _temp.Write("small.yaml", ScenarioTexts.Small);
        FirstOutcome = await CliProcess.RunAsync(_temp.Path, "run", ScenarioPath, "--out", First.Path);
        SecondOutcome = await CliProcess.RunAsync(_temp.Path, "run", ScenarioPath, "--out", Second.Path);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
