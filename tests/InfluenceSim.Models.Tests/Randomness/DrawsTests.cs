using System.Runtime.Intrinsics;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Tests.Randomness;

public sealed class DrawsTests
{
    [Fact]
    public void Eight_draws_at_once_are_the_draws_of_each_key_alone()
    {
        var draws = new Draws(11);
        long[] keys = [0, 1, -1, 7_919, int.MaxValue, int.MinValue, 123_456_789, -42];
        foreach (int node in new[] { 0, 3, 99_999 })
        {
            ulong prefix = draws.Prefix(DrawPurpose.Prescribe, 2, 1, node);

            var together = Draws.DrawsAfter(prefix, Vector512.Create(keys).AsUInt64());

            Assert.Equal([.. keys.Select(k => Draws.DrawAfter(prefix, k))], Enumerable.Range(0, keys.Length).Select(i => together[i]));
        }
    }

    [Fact]
    public void Eight_first_keys_at_once_are_the_draws_of_each_key_alone()
    {
        var draws = new Draws(5, firstReplicate: 3);
        long[] keys = [0, 1, 2, 99_999, int.MaxValue, 8, 1_000_003, 64];
        ulong prefix = draws.Prefix(DrawPurpose.Seeding, 4, 0);

        var together = Draws.DrawsOfKeys(prefix, Vector512.Create(keys).AsUInt64());

        Assert.Equal([.. keys.Select(k => draws.Draw(DrawPurpose.Seeding, 4, 0, k, 0))], Enumerable.Range(0, keys.Length).Select(i => together[i]));
    }
}
