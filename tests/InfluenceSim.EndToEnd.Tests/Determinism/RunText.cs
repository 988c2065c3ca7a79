using System.Globalization;
using System.Text;
using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine.Running;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// The text of a run's <c>runs.csv</c> and <c>timeseries.csv</c>, from the engine or from the oracle,
/// of its per-seed cascades (<c>replicate,seed_node,size,depth</c>, formatted here for the engine) and,
/// when the run records the interaction stream, of <c>events.csv</c> and, when it records the per-node
/// table, of <c>nodes.csv</c> (each empty otherwise).
/// </summary>
public sealed record RunText(string Runs, string Timeseries, string Cascades, string Events, string Nodes)
{
    public static async Task<RunText> FromEngineAsync(ClusterFixture cluster, RunRequest request) =>
        Of(await cluster.Runner().RunAsync(request, cancellationToken: TestContext.Current.CancellationToken), request);

    /// <summary>The text of <paramref name="result"/>, the engine's result of <paramref name="request"/>.</summary>
    public static RunText Of(RunResult result, RunRequest request)
    {
        string events = request.Events.Enabled ? EventsCsv.Format(result) : "";
        return new RunText(RunsCsv.Format(result, request.Seed), TimeseriesCsv.Format(result), CascadeText(result), events, request.RecordNodes ? NodesCsv.Format(result) : "");
    }

    public static RunText FromOracle(SimulationCase run)
    {
        var result = run.RunOracle();
        string events = run.Events.Enabled ? OracleCsv.Events(result) : "";
        return new RunText(OracleCsv.Runs(result), OracleCsv.Timeseries(result), OracleCsv.Cascades(result), events, run.Nodes ? OracleCsv.Nodes(result) : "");
    }

    public void AssertSameAs(RunText actual)
    {
        Assert.Equal(Runs, actual.Runs);
        Assert.Equal(Timeseries, actual.Timeseries);
        Assert.Equal(Cascades, actual.Cascades);
        Assert.Equal(Events, actual.Events);
        Assert.Equal(Nodes, actual.Nodes);
    }

    private static string CascadeText(RunResult result)
    {
        var text = new StringBuilder("replicate,seed_node,size,depth\n");
        foreach (var replicate in result.Replicates.OrderBy(r => r.Replicate))
        {
            foreach (var cascade in replicate.Cascades.OrderBy(c => c.Seed))
            {
                text.Append(CultureInfo.InvariantCulture, $"{replicate.Replicate},{cascade.Seed},{cascade.Size},{cascade.Depth}\n");
            }
        }

        return text.ToString();
    }
}
