using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>The Orleans engine, on one silo, under both hostings, against the hand-worked answers.</summary>
[Collection<OneSiloCollection>]
public sealed class EngineHandTests(OneSiloCluster cluster)
{
    [Theory]
    [MemberData(nameof(HandCases.ByHosting), MemberType = typeof(HandCases))]
    public async Task EngineMatchesTheHandAnswer(string name, EngineHosting hosting)
    {
        var hand = HandCases.All[name];
        var result = await hand.Run.RunOnAsync(cluster, hosting);

        Assert.Equal(Enumerable.Range(0, hand.Run.Replicates), result.Replicates.Select(r => r.Replicate));
        foreach (var replicate in result.Replicates)
        {
            hand.Expected.AssertSameAs(HandOutcome.Of(replicate));
        }
    }
}
