namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>The oracle against the same hand-worked answers, so it is checked before it judges the engine.</summary>
public sealed class OracleHandTests
{
    [Theory]
    [MemberData(nameof(HandCases.Names), MemberType = typeof(HandCases))]
    public void OracleMatchesTheHandAnswer(string name)
    {
        var hand = HandCases.All[name];
        var run = hand.Run.RunOracle();

        Assert.Equal(Enumerable.Range(0, hand.Run.Replicates), run.Replicates.Select(r => r.Replicate));
        foreach (var replicate in run.Replicates)
        {
            hand.Expected.AssertSameAs(HandOutcome.Of(replicate));
        }
    }
}
