using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine.Output;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>The text of a run's <c>runs.csv</c> and <c>timeseries.csv</c>, from the engine or from the oracle.</summary>
public sealed record RunText(string Runs, string Timeseries)
{
    public static async Task<RunText> FromEngineAsync(ClusterFixture cluster, RunRequest request)
    {
        var result = await cluster.Runner().RunAsync(request, cancellationToken: TestContext.Current.CancellationToken);
        return new RunText(RunsCsv.Format(result, request.Seed), TimeseriesCsv.Format(result));
    }

    public static RunText FromOracle(SimulationCase run)
    {
        var result = run.RunOracle();
        return new RunText(OracleCsv.Runs(result), OracleCsv.Timeseries(result));
    }

    public void AssertSameAs(RunText actual)
    {
        Assert.Equal(Runs, actual.Runs);
        Assert.Equal(Timeseries, actual.Timeseries);
    }
}
