using InfluenceSim.EndToEnd.Tests.Clusters;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>runs.csv, timeseries.csv and per-seed cascades from a cluster, byte for byte against the oracle and against a rerun.</summary>
public abstract class AgreementTests(ClusterFixture cluster)
{
    [Theory]
    [MemberData(nameof(DeterminismCases.Names), MemberType = typeof(DeterminismCases))]
    public async Task EngineTextEqualsOracleText(string name)
    {
        var run = DeterminismCases.All[name];
        RunText.FromOracle(run).AssertSameAs(await RunText.FromEngineAsync(cluster, run.Request()));
    }

    [Theory]
    [MemberData(nameof(RepeatCases.Names), MemberType = typeof(RepeatCases))]
    public async Task SameRequestTwiceGivesIdenticalText(string name)
    {
        var request = DeterminismCases.All[name].Request();
        var first = await RunText.FromEngineAsync(cluster, request);
        first.AssertSameAs(await RunText.FromEngineAsync(cluster, request));
    }
}
