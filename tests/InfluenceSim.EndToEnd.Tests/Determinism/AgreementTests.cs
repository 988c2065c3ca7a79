using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>runs.csv, timeseries.csv, per-seed cascades, events and per-node tables from a cluster, under both hostings on 1, 2 and 7 partitions, byte for byte against the oracle and against a rerun.</summary>
public abstract class AgreementTests(ClusterFixture cluster)
{
    [Theory]
    [MemberData(nameof(PartitionedCases.Runs), MemberType = typeof(PartitionedCases))]
    public async Task EngineTextEqualsOracleText(string name, EngineHosting hosting, int partitions)
    {
        var run = DeterminismCases.All[name];
        RunText.FromOracle(run).AssertSameAs(await RunText.FromEngineAsync(cluster, run.Request() with { Hosting = hosting, Partitions = partitions }));
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
