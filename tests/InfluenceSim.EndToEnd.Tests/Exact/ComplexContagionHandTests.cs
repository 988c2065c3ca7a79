using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks.Generators;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Seeding;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>
/// Complex contagion with threshold-count 2 on a ring lattice with k = 4 (each node tied to the two
/// nearest on each side; Centola and Macy 2007): two adjacent seeds give every neighbour of the pair
/// two adopted ties, so the front advances by one on each side per step and reaches everyone; a
/// single seed gives nobody a second adopted tie, so it stays alone.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class ComplexContagionHandTests(OneSiloCluster cluster)
{
    private const int Nodes = 20;

    [Fact]
    public async Task Two_adjacent_seeds_reach_everyone_one_node_a_side_per_step()
    {
        var result = await RunAsync([0, 1]);

        var replicate = Assert.Single(result.Replicates);
        Assert.Equal(Nodes, replicate.Adopters);
        Assert.Equal((Nodes - 2) / 2, replicate.Steps);
        Assert.All(replicate.Timeseries.Skip(1), row => Assert.Equal(2, row.NewAdopters));
    }

    [Fact]
    public async Task One_seed_stays_alone()
    {
        var result = await RunAsync([0]);

        var replicate = Assert.Single(result.Replicates);
        Assert.Equal(1, replicate.Adopters);
        Assert.Equal(0, replicate.Steps);
    }

    private Task<RunResult> RunAsync(int[] seeds) =>
        cluster.Runner().RunAsync(
            new RunRequest(NetworkGenerators.RingLattice(Nodes, 4), ModelCase.ComplexContagion(2).Engine, SeedPlan.Fixed(seeds), 3, 1, 100),
            cancellationToken: TestContext.Current.CancellationToken);
}
