using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>The Orleans engine, on one silo, against issue 3's hand-worked answers: rows (adoptions by cause, exposures by kind, rejections), totals and events.</summary>
[Collection<OneSiloCollection>]
public sealed class MarketEngineHandTests(OneSiloCluster cluster)
{
    [Theory]
    [MemberData(nameof(MarketHandCases.Names), MemberType = typeof(MarketHandCases))]
    public async Task EngineMatchesTheHandAnswer(string name)
    {
        var hand = MarketHandCases.All[name];

        var result = await hand.Run.RunOnAsync(cluster);

        var replicate = Assert.Single(result.Replicates);
        Assert.Equal(hand.Rows, replicate.Timeseries);
        Assert.Equal(hand.Totals, MarketHandTotals.Of(replicate));
        Assert.Equal(hand.Events, result.Events);
    }
}
