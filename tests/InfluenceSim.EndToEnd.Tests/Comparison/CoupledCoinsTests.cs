using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.EndToEnd.Tests.Comparison;

/// <summary>
/// Under plain independent cascade every strategy sees the same live-edge world per replicate (the
/// tie u -> v is live when <c>draw(PRESCRIBE, r, 0, u, v) &lt; p</c>, whoever the seeds are), so a
/// comparison's adopters, paired differences and influence multiplier follow from reachability
/// computed here, independently of the engine.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class CoupledCoinsTests(OneSiloCluster cluster)
{
    private const double P = 0.2;
    private const string Scenario = """
        name: coupled
        seed: 21
        replicates: 10
        network: { generator: barabasi-albert, nodes: 200, m: 2 }
        model: { kind: independent-cascade, probability: 0.2 }
        compare-seeding: [random, top-degree]
        seeding: { count: 3 }
        """;

    [Fact]
    public async Task Strategies_with_different_seeds_share_every_ties_coins_and_the_comparison_follows_from_reachability()
    {
        var prepared = RunPreparation.Prepare(ScenarioLoader.Parse(Scenario, "coupled.yaml", AppContext.BaseDirectory, [], [], BuiltIns.Registries));
        var network = prepared.Network;
        var draws = new OracleDraws(21);
        int n = network.NodeCount;
        var random = Enumerable.Range(0, 10).Select(r => Reached(network, draws, r, new RandomSeeding(3, null).SeedsOf(network, draws, r))).ToArray();
        var top = Enumerable.Range(0, 10).Select(r => Reached(network, draws, r, new TopDegreeSeeding(3, null).SeedsOf(network, draws, r))).ToArray();

        var execution = await new ScenarioExecution(cluster.Runner()).RunAsync(prepared, null, TestContext.Current.CancellationToken);

        var byStrategy = execution.Combined.Replicates.GroupBy(r => r.Keys[0].Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Replicate).Select(r => (int)r.Adopters).ToArray());
        Assert.Equal(random, byStrategy["random"]);
        Assert.Equal(top, byStrategy["top-degree"]);
        Assert.NotEqual(random, top);

        double[] differences = [.. Enumerable.Range(0, 10).Select(r => ((double)top[r] / n) - ((double)random[r] / n))];
        double mean = differences.Average();
        double sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / 9);
        double half = StudentT.InvCDF(0, 1, 9, 0.975) * sd / Math.Sqrt(10);
        var comparison = execution.Comparison![1];
        Assert.Equal("top-degree", comparison.Strategy);
        Assert.Equal(mean, comparison.DifferenceToRandom.Mean, 12);
        Assert.Equal(mean - half, comparison.DifferenceToRandom.Ci95Low, 12);
        Assert.Equal(mean + half, comparison.DifferenceToRandom.Ci95High, 12);
        Assert.Equal(top.Average() / random.Average(), comparison.InfluenceMultiplier!.Value, 12);
    }

    /// <summary>The nodes reachable from <paramref name="seeds"/> over the live ties of replicate <paramref name="replicate"/>, seeds included.</summary>
    private static int Reached(Network network, OracleDraws draws, int replicate, int[] seeds)
    {
        var reached = new HashSet<int>(seeds);
        var frontier = new Queue<int>(seeds);
        while (frontier.TryDequeue(out int u))
        {
            foreach (int v in network.OutNeighbours(u).ToArray())
            {
                if (draws.Draw(OracleDraws.Prescribe, replicate, 0, u, v) < P && reached.Add(v))
                {
                    frontier.Enqueue(v);
                }
            }
        }

        return reached.Count;
    }
}
