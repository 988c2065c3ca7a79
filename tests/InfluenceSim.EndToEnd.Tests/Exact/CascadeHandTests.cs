using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>Per-seed cascades and credited conversions on hand-worked cases, through the engine.</summary>
[Collection<OneSiloCollection>]
public sealed class CascadeHandTests(OneSiloCluster cluster)
{
    private static readonly ModelSettings CertainCascade = new("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(1) });

    [Fact]
    public async Task TwoSeedsAtTheEndsOfAPathSplitItLowestPrescriberFirst()
    {
        // 0-1-2-3-4, seeds 0 and 4: 1 (from 0) and 3 (from 4) adopt at step 1; 2 hears 1 and 3 at
        // step 2 and is credited to 1, the lower id, so it joins 0's cascade at depth 2.
        var result = await RunAsync(NetworkGenerators.Path(5), [0, 4]);

        var replicate = Assert.Single(result.Replicates);
        Assert.Equal([new SeedCascade(0, 3, 2), new SeedCascade(4, 2, 1)], replicate.Cascades);
        Assert.Equal(new Dictionary<int, long> { [0] = 1, [1] = 1, [4] = 1 }, result.Conversions);
    }

    [Fact]
    public async Task TheCentreOfAStarConvertsEveryLeafAtDepthOne()
    {
        var result = await RunAsync(NetworkGenerators.Star(7), [0]);

        Assert.Equal([new SeedCascade(0, 7, 1)], Assert.Single(result.Replicates).Cascades);
        Assert.Equal(new Dictionary<int, long> { [0] = 6 }, result.Conversions);
    }

    [Fact]
    public async Task ACascadeDownAPathIsAsDeepAsThePathIsLong()
    {
        var result = await RunAsync(NetworkGenerators.Path(6), [0]);

        Assert.Equal([new SeedCascade(0, 6, 5)], Assert.Single(result.Replicates).Cascades);
    }

    private Task<RunResult> RunAsync(Network network, int[] seeds) =>
        cluster.Runner().RunAsync(new RunRequest(network, CertainCascade, SeedPlan.Fixed(seeds), 5, 1, 100), cancellationToken: TestContext.Current.CancellationToken);
}
