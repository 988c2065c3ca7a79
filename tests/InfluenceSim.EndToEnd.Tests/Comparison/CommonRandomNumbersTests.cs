using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Running;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Comparison;

/// <summary>A comparison runs every strategy on the same coins: strategies that pick the same seeds give identical replicates.</summary>
[Collection<OneSiloCollection>]
public sealed class CommonRandomNumbersTests(OneSiloCluster cluster)
{
    // On a Barabasi-Albert network degree, PageRank and coreness-then-degree all put the same hubs
    // first; greedy with one candidate can only take the top-degree node too.
    private const string Scenario = """
        name: crn
        seed: 13
        replicates: 6
        network: { generator: barabasi-albert, nodes: 300, m: 1 }
        model: { kind: independent-cascade, probability: 0.4 }
        compare-seeding: [random, top-degree, k-core, greedy]
        seeding: { count: 1, candidates: 1, simulations: 5 }
        """;

    [Fact]
    public async Task Strategies_with_the_same_seeds_give_identical_rows_and_random_differs()
    {
        var prepared = RunPreparation.Prepare(ScenarioLoader.Parse(Scenario, "crn.yaml", AppContext.BaseDirectory, [], [], BuiltIns.Registries));

        var execution = await new ScenarioExecution(cluster.Runner()).RunAsync(prepared, null, TestContext.Current.CancellationToken);

        var byStrategy = execution.Combined.Replicates.GroupBy(r => r.Keys[0].Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Replicate).ToList());
        var topDegree = Rows(byStrategy["top-degree"]);
        Assert.Equal(topDegree, Rows(byStrategy["k-core"]));
        Assert.Equal(topDegree, Rows(byStrategy["greedy"]));
        Assert.NotEqual(topDegree, Rows(byStrategy["random"]));
        var comparison = execution.Comparison!;
        Assert.Equal(comparison[1].InfluenceMultiplier, comparison[2].InfluenceMultiplier);
        Assert.Equal(0, comparison[3].DifferenceToRandom.Mean - comparison[1].DifferenceToRandom.Mean);
    }

    private static List<string> Rows(List<ReplicateResult> replicates) =>
        [.. replicates.SelectMany(r => r.Timeseries.Select(s => $"{r.Replicate},{s.Step},{s.NewAdopters},{s.Adopters},{s.Exposures}").Append($"{r.Replicate}:{r.Adopters},{r.Steps},{r.Exposures}"))];
}
