using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// Plain step-by-step cascades written from docs/models.md and docs/influence-maximisation.md alone, on the
/// documented estimator draws: the estimator must give the same final adopters.
/// </summary>
internal static class ReferenceCascades
{
    /// <summary>Independent cascade on live-edge graph <paramref name="simulation"/>: tie u -> v live when draw(PRESCRIBE, i, 0, u, v) &lt; p.</summary>
    public static int IndependentCascade(Network network, double p, long estimatorSeed, int simulation, int[] seeds)
    {
        var draws = new Draws(estimatorSeed);
        var adopted = new bool[network.NodeCount];
        var last = seeds.Distinct().ToList();
        last.ForEach(seed => adopted[seed] = true);
        int total = last.Count;
        while (last.Count > 0)
        {
            var next = new List<int>();
            foreach (int u in last)
            {
                foreach (int v in network.OutNeighbours(u))
                {
                    if (!adopted[v] && draws.Draw(DrawPurpose.Prescribe, simulation, 0, u, v) < p)
                    {
                        adopted[v] = true;
                        next.Add(v);
                    }
                }
            }

            total += next.Count;
            last = next;
        }

        return total;
    }

    /// <summary>
    /// Independent cascade step by step with <paramref name="steps"/> prescribing steps: an adopter of
    /// step s prescribes to each tie at s .. s + steps - 1, its a-th prescription landing when
    /// draw(PRESCRIBE, i, a, u, v) &lt; p(u, v).
    /// </summary>
    public static int IndependentCascade(Network network, Func<int, int, double> p, int steps, long estimatorSeed, int simulation, int[] seeds)
    {
        var draws = new Draws(estimatorSeed);
        var adoptedAt = Enumerable.Repeat(-1, network.NodeCount).ToArray();
        foreach (int seed in seeds)
        {
            adoptedAt[seed] = 0;
        }

        for (int step = 0; adoptedAt.Any(a => a >= 0 && step < a + steps); step++)
        {
            var landed = new List<int>();
            for (int u = 0; u < network.NodeCount; u++)
            {
                if (adoptedAt[u] < 0 || step < adoptedAt[u] || step >= adoptedAt[u] + steps)
                {
                    continue;
                }

                foreach (int v in network.OutNeighbours(u))
                {
                    if (draws.Draw(DrawPurpose.Prescribe, simulation, step - adoptedAt[u], u, v) < p(u, v))
                    {
                        landed.Add(v);
                    }
                }
            }

            foreach (int v in landed.Where(v => adoptedAt[v] < 0))
            {
                adoptedAt[v] = step + 1;
            }
        }

        return adoptedAt.Count(a => a >= 0);
    }

    /// <summary>The linear threshold of docs/models.md, step by step, thresholds draw(TRAIT, i, 0, v, 0) clipped to [0, 1].</summary>
    public static int LinearThreshold(Network network, Distribution threshold, long estimatorSeed, int simulation, int[] seeds)
    {
        var draws = new Draws(estimatorSeed);
        var adopted = new bool[network.NodeCount];
        foreach (int seed in seeds)
        {
            adopted[seed] = true;
        }

        while (true)
        {
            var tipped = Enumerable.Range(0, network.NodeCount)
                .Where(v => !adopted[v] && network.InDegree(v) > 0 && Share(network, adopted, v) >= threshold.Sample(draws.Draw(DrawPurpose.Trait, simulation, 0, v, 0), 0, 1))
                .ToList();
            if (tipped.Count == 0)
            {
                return adopted.Count(a => a);
            }

            tipped.ForEach(v => adopted[v] = true);
        }
    }

    private static double Share(Network network, bool[] adopted, int v)
    {
        var sources = network.InNeighbours(v);
        var weights = network.InWeights(v);
        double part = 0;
        double total = 0;
        for (int i = 0; i < sources.Length; i++)
        {
            part += adopted[sources[i]] ? weights[i] : 0;
            total += weights[i];
        }

        return part / total;
    }
}
