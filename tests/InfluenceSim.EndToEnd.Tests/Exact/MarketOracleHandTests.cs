namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>The oracle against the market's hand-worked answers: the draws each case relies on, then its rows, totals, events and, where worked out, node rows.</summary>
public sealed class MarketOracleHandTests
{
    [Theory]
    [MemberData(nameof(MarketHandCases.Names), MemberType = typeof(MarketHandCases))]
    public void OracleMatchesTheHandAnswer(string name)
    {
        var hand = MarketHandCases.All[name];
        Assert.All(hand.Premises, premise => Assert.True(premise.HoldsFor(hand.Run.Seed), $"premise {premise} fails for seed {hand.Run.Seed}"));

        var run = hand.Run.RunOracle();

        var replicate = Assert.Single(run.Replicates);
        Assert.Equal(hand.Rows, MarketHandCase.RowsOf(replicate));
        Assert.Equal(hand.Totals, MarketHandTotals.Of(replicate));
        Assert.Equal(hand.Events, MarketHandCase.EventsOf(run));
        if (hand.Nodes is { } nodes)
        {
            Assert.Equal(nodes, replicate.Nodes);
        }
    }
}
