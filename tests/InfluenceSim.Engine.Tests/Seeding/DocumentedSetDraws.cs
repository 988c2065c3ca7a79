using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// Reverse-reachable set j of independent cascade with one live probability q, written from
/// docs/influence-maximisation.md "Randomness" alone: the SplitMix64 stream started at
/// mix(seed ^ mix(j)), the root floor(n u), then node by node the geometric skips over its in-ties.
/// </summary>
internal static class DocumentedSetDraws
{
    public static int[] Set(Network network, double q, long seed, int j)
    {
        ulong state = Draws.Mix(unchecked((ulong)seed) ^ Draws.Mix((ulong)j));
        ulong Next() => Draws.Mix(state = unchecked(state + 0x9E3779B97F4A7C15));
        double Unit() => (Next() >> 11) * Math.ScaleB(1.0, -53);
        double PositiveUnit() => ((Next() >> 11) + 1) * Math.ScaleB(1.0, -53);
        double inverseLogMiss = 1 / Math.Log(1 - q);
        double MissAll(long ties)
        {
            double miss = 1;
            for (long r = 0; r < ties; r++)
            {
                miss *= 1 - q;
            }

            return miss;
        }

        long Skip(long left)
        {
            double u = PositiveUnit();
            return u <= MissAll(left) ? left : (long)Math.Min(left, Math.Log(u) * inverseLogMiss);
        }

        var members = new List<int> { Math.Min(network.NodeCount - 1, (int)(Unit() * network.NodeCount)) };
        for (int head = 0; head < members.Count; head++)
        {
            var ties = network.InNeighbours(members[head]);
            for (long tie = Skip(ties.Length); tie < ties.Length; tie += 1 + Skip(ties.Length - tie - 1))
            {
                if (!members.Contains(ties[(int)tie]))
                {
                    members.Add(ties[(int)tie]);
                }
            }
        }

        return [.. members];
    }
}
