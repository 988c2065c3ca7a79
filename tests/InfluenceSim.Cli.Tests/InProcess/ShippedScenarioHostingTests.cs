namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>
/// Every scenario shipped in <c>scenarios/</c> writes the same files under <c>engine: { hosting: blocks }</c> as under the
/// default node grains (docs/architecture.md, "Hostings"): two replicates and at most 12 steps each, so the whole set
/// stays cheap while still covering every model, campaign, stance, sweep and seeding comparison the scenarios use.
/// </summary>
[Collection(typeof(InProcessCollection))]
public sealed class ShippedScenarioHostingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string> Scenarios() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.RepoRoot, "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_shipped_scenario_writes_the_same_tables_under_both_hostings(string name)
    {
        string scenario = Path.Combine(RepoPaths.RepoRoot, "scenarios", name);
        string grains = _temp.File("node-grains");
        string blocks = _temp.File("blocks");
        var token = TestContext.Current.CancellationToken;

        Assert.Equal(0, await CliApplication.RunAsync([.. Run(scenario, grains), "--set", "engine.hosting=node-grains"], token));
        Assert.Equal(0, await CliApplication.RunAsync([.. Run(scenario, blocks), "--set", "engine.hosting=blocks"], token));

        string[] tables = Tables(grains);
        Assert.Contains("runs.csv", tables);
        Assert.Equal(tables, Tables(blocks));
        foreach (string table in tables)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(grains, table)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(blocks, table))),
                $"{name}: {table} differs between the hostings");
        }
    }

    public void Dispose() => _temp.Dispose();

    private static string[] Tables(string folder) =>
        [.. Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Where(f => f is not "manifest.json").Order(StringComparer.Ordinal)];

    private static string[] Run(string scenario, string folder) =>
        ["run", scenario, "--out", folder, "--replicates", "2", "--set", "max-steps=12", "--format", "csv"];
}
