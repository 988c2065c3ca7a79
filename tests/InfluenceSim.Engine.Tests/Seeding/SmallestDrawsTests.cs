using InfluenceSim.Models.Randomness;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Tests.Seeding;

public sealed class SmallestDrawsTests
{
    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(1_000, 3, 10)]
    [InlineData(5_000, 17, 250)]
    [InlineData(40, 9, 40)]
    [InlineData(13, 1, 5)]
    [InlineData(100_003, 5, 10)]
    public void Every_node_s_smallest_draws_are_the_documented_draws_smallest(int nodes, int replicate, int k)
    {
        var draws = new Draws(seed: 11, firstReplicate: 2);

        int[] chosen = SmallestDraws.OfEveryNode(nodes, k, draws, DrawPurpose.Seeding, replicate, step: 0);

        int[] expected = [.. Enumerable.Range(0, nodes).OrderBy(node => (draws.Draw(DrawPurpose.Seeding, replicate, 0, node, 0), node)).Take(k).Order()];
        Assert.Equal(expected, chosen);
        Assert.Equal(expected, SmallestDraws.Of(Enumerable.Range(0, nodes), k, node => draws.Draw(DrawPurpose.Seeding, replicate, 0, node, 0)));
    }

    [Fact]
    public void Equal_draws_keep_the_lower_ids() =>
        Assert.Equal([0, 1, 2], SmallestDraws.Of([5, 4, 3, 2, 1, 0], 3, _ => 0.5));

    [Fact]
    public void Asking_for_none_gives_none() =>
        Assert.Empty(SmallestDraws.OfEveryNode(100, 0, new Draws(1), DrawPurpose.Seeding, 0, 0));
}
