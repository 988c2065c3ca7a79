using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.EndToEnd.Tests.Determinism;
using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Comparison;

/// <summary>A threshold given under population.traits instead of the model's is the same trait 0: the same draws, the same files.</summary>
[Collection<OneSiloCollection>]
public sealed class PopulationThresholdTests(OneSiloCluster cluster)
{
    [Fact]
    public async Task Population_threshold_gives_the_files_of_the_model_threshold()
    {
        var network = DeterminismNetworks.Get("ring250");
        var threshold = Distribution.Uniform(0, 0.6);
        var seeds = SeedingCase.RandomCount(5).PlanFor(network, 31);
        var fromModel = new RunRequest(network, new ModelSettings("linear-threshold", new Dictionary<string, Distribution> { ["threshold"] = threshold }), seeds, 31, 4, 1000);
        var fromPopulation = new RunRequest(network, new ModelSettings("linear-threshold", new Dictionary<string, Distribution>()), seeds, 31, 4, 1000)
        {
            Market = MarketSettings.Default with { Population = new PopulationSettings(new Dictionary<Trait, Distribution> { [Trait.Threshold] = threshold }, []) },
        };

        var expected = await RunText.FromEngineAsync(cluster, fromModel);

        expected.AssertSameAs(await RunText.FromEngineAsync(cluster, fromPopulation));
        Assert.Contains("\n0,1,", expected.Timeseries, StringComparison.Ordinal);
    }
}
