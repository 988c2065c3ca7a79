namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>A scenario the cluster tests run embedded and on the silo processes: its file, its overrides and the tables it writes.</summary>
/// <param name="Name">The case's name in test names.</param>
/// <param name="Scenario">The scenario file (absolute).</param>
/// <param name="Overrides">The --set overrides that keep it small.</param>
/// <param name="Tables">The table files that must be byte-identical.</param>
public sealed record ClusterCase(string Name, string Scenario, string[] Overrides, string[] Tables)
{
    private const string LinearThreshold = """
        name: lt-cluster
        seed: 11
        replicates: 3
        max-steps: 50
        network:
          generator: watts-strogatz
          nodes: 400
          k: 6
          rewire: 0.2
        model:
          kind: linear-threshold
          threshold: { uniform: [0.1, 0.5] }
        seeding:
          strategy: top-degree
          count: 8
        """;

    private static readonly string[] Basic = ["runs.csv", "timeseries.csv"];

    /// <summary>The cases by name: independent cascade (also under blocks in three replicate batches), linear threshold, a campaign market with its events and nodes tables.</summary>
    public static ClusterCase Named(string name, TempFolder temp)
    {
        ArgumentNullException.ThrowIfNull(temp);
        return name switch
        {
            "ic" => new(name, ScenarioFile("quickstart.yaml"), ["network.nodes=500", "replicates=4"], Basic),
            "ic-batches" => new(name, ScenarioFile("quickstart.yaml"), ["network.nodes=300", "replicates=130", "engine.hosting=blocks"], Basic),
            "lt" => new(name, temp.Write("lt-cluster.yaml", LinearThreshold), [], Basic),
            "market" => new(name, ScenarioFile("dissatisfied-prescribers.yaml"), ["network.nodes=500", "replicates=3"], [.. Basic, "events.csv", "nodes.csv"]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such cluster case"),
        };
    }

    /// <summary>The run command line writing to <paramref name="folder"/>, with <paramref name="extra"/> options after it.</summary>
    public string[] RunArgs(string folder, params string[] extra) =>
        ["run", Scenario, "--out", folder, "--format", "csv", .. Overrides.SelectMany(o => new[] { "--set", o }), .. extra];

    private static string ScenarioFile(string file) => Path.Combine(RepoPaths.RepoRoot, "scenarios", file);
}
