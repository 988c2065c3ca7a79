using System.Text.RegularExpressions;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// One trace across processes: a run with <c>--otel console</c> against a silo process with <c>--otel console</c>; the
/// silo's grain-call spans carry the runner's trace ids, each process under its own service name, and the silo exports its
/// metrics (read from both processes' console exporters).
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed partial class ClusterTraceTests(SiloCluster cluster)
{
    [Fact]
    public async Task A_runs_trace_holds_spans_from_the_runner_and_from_the_silo()
    {
        cluster.Require();
        const string clusterId = "traced";
        var scenario = ClusterCase.Named("ic", cluster.Temp);
        await using var silo = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, options: ["--otel", "console"]);
        var folder = new RunFolder(cluster.Temp.File("traced-cluster"));

        var outcome = await CliProcess.RunAsync(cluster.Temp.Path, scenario.RunArgs(folder.Path, "--cluster", cluster.Redis.Uri, "--cluster-id", clusterId, "--otel", "console"));
        await silo.Process.TerminateAsync();
        await silo.Process.WaitForExitAsync();

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string silos = silo.Process.Output;
        var runnerTraces = TraceIds(outcome.Stderr);
        Assert.Contains(TraceIds(silos), runnerTraces.Contains);
        Assert.Contains($"service.name: {TelemetrySetup.RunnerService}", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains($"service.name: {TelemetrySetup.SiloService}", silos, StringComparison.Ordinal);
        Assert.Contains(TelemetrySetup.OrleansActivitySources[0], silos, StringComparison.Ordinal);
        Assert.Contains("Metric Name: orleans-", silos, StringComparison.Ordinal);
    }

    private static HashSet<string> TraceIds(string output) => [.. TraceIdLine().Matches(output).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"Activity\.TraceId:\s+([0-9a-f]{32})")]
    private static partial Regex TraceIdLine();
}
