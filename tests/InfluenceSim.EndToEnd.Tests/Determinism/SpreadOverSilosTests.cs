using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>The three-silo agreement tests mean something only if node grains really live on every silo.</summary>
[Collection<ThreeSiloCollection>]
public sealed class SpreadOverSilosTests(ThreeSiloCluster cluster)
{
    [Fact]
    public async Task NodeGrainsLiveOnEverySilo()
    {
        var run = DeterminismCases.All["ring250/lt-0.25/random-5"];
        var census = new ActivationCensus(cluster.Cluster.Client.GetGrain<IManagementGrain>(0));

        await cluster.Runner().RunAsync(run.Request(), census, TestContext.Current.CancellationToken);

        Assert.NotNull(census.Taken);
        var silosWithNodes = census.Taken
            .Where(s => s.GrainType.Contains("NodeGrain", StringComparison.Ordinal) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress)
            .Distinct();
        Assert.Equal(cluster.Silos, silosWithNodes.Count());
    }
}
