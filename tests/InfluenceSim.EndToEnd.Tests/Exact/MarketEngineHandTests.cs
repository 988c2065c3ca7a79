using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>The Orleans engine, on one silo, under both hostings, against the market's hand-worked answers (MarketHandCases): rows (adoptions by cause, exposures by kind, rejections), totals, events and, where worked out, the per-node table.</summary>
[Collection<OneSiloCollection>]
public sealed class MarketEngineHandTests(OneSiloCluster cluster)
{
    [Theory]
    [MemberData(nameof(MarketHandCases.ByHosting), MemberType = typeof(MarketHandCases))]
    public async Task EngineMatchesTheHandAnswer(string name, EngineHosting hosting)
    {
        var hand = MarketHandCases.All[name];

        var result = await (hand.Run with { Nodes = hand.Nodes is not null }).RunOnAsync(cluster, hosting);

        var replicate = Assert.Single(result.Replicates);
        Assert.Equal(hand.Rows, replicate.Timeseries);
        Assert.Equal(hand.Totals, MarketHandTotals.Of(replicate));
        Assert.Equal(hand.Events, result.Events);
        if (hand.Nodes is { } nodes)
        {
            Assert.Equal(nodes, result.NodeRecords.Select(AsOracleRow));
        }
    }

    private static OracleNode AsOracleRow(NodeRecord n) => new(
        n.Replicate, n.Node, n.AdoptedAt, n.Cause, n.CreditedTo, n.Root, n.Depth, n.RejectedAt, n.Dissatisfied,
        n.ReceivedSocialProof, n.ReceivedPrescriptions, n.ReceivedNegative, n.ReceivedBroadcasts, n.PrescriptionsSent, n.PrescriptionsLanded);
}
