using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Exact;

public sealed class SmokeTests(OneSiloCluster cluster) : IClassFixture<OneSiloCluster>
{
    [Fact]
    public async Task CascadeWithCertainCoinsCrossesAPath()
    {
        var builder = new NetworkBuilder(5, directed: false);
        for (int i = 0; i < 4; i++)
        {
            builder.AddTie(i, i + 1);
        }

        var model = new ModelSettings("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(1) });
        var request = new RunRequest(builder.Build(), model, SeedPlan.Fixed([0]), 7, 3, 100);
        var result = await cluster.Runner().RunAsync(request, cancellationToken: TestContext.Current.CancellationToken);
        foreach (var replicate in result.Replicates)
        {
            Assert.Equal(5, replicate.Adopters);
            Assert.Equal(4, replicate.Steps);
            Assert.Equal(8, replicate.Exposures);
        }
    }
}
