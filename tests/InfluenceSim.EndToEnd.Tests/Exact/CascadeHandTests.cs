using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Seeding;

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

    [Fact]
    public async Task Prescribing_for_two_steps_exposes_each_tie_twice_and_runs_until_the_last_prescriber_stops()
    {
        // Path 0-1-2-3-4, p = 1, seed 0, prescribing-steps 2: node k adopts at step k as before, but
        // prescribes at steps k and k + 1, so step t delivers the exposures of the adopters of t - 1
        // and t - 2: 1, 1 + 2, 2 + 2, 2 + 2, then 2 + 1 and 1 at the quiet steps 5 and 6.
        var model = new ModelSettings("independent-cascade", new Dictionary<string, Distribution>
        {
            ["probability"] = Distribution.Constant(1),
            ["prescribing-steps"] = Distribution.Constant(2),
        });
        var request = new RunRequest(NetworkGenerators.Path(5), model, SeedPlan.Fixed([0]), 5, 1, 100);

        var replicate = Assert.Single((await cluster.Runner().RunAsync(request, cancellationToken: TestContext.Current.CancellationToken)).Replicates);

        Assert.Equal(4, replicate.Steps);
        Assert.Equal([0L, 1, 3, 4, 4], replicate.Timeseries.Select(row => row.Exposures));
        Assert.Equal(16, replicate.Exposures);
        Assert.Equal([new SeedCascade(0, 5, 4)], replicate.Cascades);
    }

    private Task<RunResult> RunAsync(Network network, int[] seeds) =>
        cluster.Runner().RunAsync(new RunRequest(network, CertainCascade, SeedPlan.Fixed(seeds), 5, 1, 100), cancellationToken: TestContext.Current.CancellationToken);
}
