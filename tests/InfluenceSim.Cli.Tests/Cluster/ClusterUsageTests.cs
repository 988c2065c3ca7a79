namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>Cluster URIs the program refuses: malformed or of an unknown scheme (exit 2, naming the schemes), or a server nobody answers on (exit 1, naming it).</summary>
public sealed class ClusterUsageTests
{
    [Theory]
    [InlineData("silo", "http://127.0.0.1:6379")]
    [InlineData("silo", "redis://127.0.0.1")]
    [InlineData("silo", "redis://127.0.0.1:6379/x")]
    [InlineData("run", "zookeeper://127.0.0.1:2181")]
    [InlineData("validate", "not a uri")]
    public async Task A_malformed_or_unknown_uri_is_bad_usage_naming_the_schemes(string verb, string uri)
    {
        using var temp = new TempFolder();
        string[] args = verb == "silo" ? [verb, "--cluster", uri] : [verb, Path.Combine(RepoPaths.RepoRoot, "scenarios", "quickstart.yaml"), "--cluster", uri];

        var outcome = await CliProcess.RunAsync(temp.Path, args);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal($"influencesim: --cluster: expected a URI of a supported scheme: redis (redis://host:port[/db]); found '{uri}'", Assert.Single(outcome.ErrorLines));
    }

    [Theory]
    [InlineData("silo")]
    [InlineData("run")]
    public async Task An_unreachable_server_fails_naming_it(string verb)
    {
        using var temp = new TempFolder();
        int port = FreePorts.Take(1)[0];
        string uri = $"redis://127.0.0.1:{port}";
        string[] args = verb == "silo"
            ? [verb, "--cluster", uri]
            : [verb, Path.Combine(RepoPaths.RepoRoot, "scenarios", "quickstart.yaml"), "--cluster", uri, "--out", temp.File("run")];

        var outcome = await CliProcess.RunAsync(temp.Path, args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains($"the cluster's Redis server 127.0.0.1:{port} could not be reached", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("run")));
    }
}
