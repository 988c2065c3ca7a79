using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// A <c>blocks</c> run of more than one replicate batch (docs/cluster.md "When a silo dies"): its batches merged give the
/// oracle's text (events capped over the whole run, per-node rows in replicate order); finished batches kept in a checkpoint
/// are not run again; a partition accepts a batch attempt once.
/// </summary>
[Collection<OneSiloCollection>]
public sealed class ReplicateBatchTests(OneSiloCluster cluster)
{
    /// <summary>Three batches: 64, 64 and 2 replicates.</summary>
    private const int Replicates = 130;

    [Theory]
    [InlineData("ws300/ic-0.2-av0.5/events-cap-500")]
    [InlineData("ws300/ic-0.3-av1/rejections")]
    public async Task Three_batches_give_the_oracle_text(string name)
    {
        var run = DeterminismCases.All[name] with { Replicates = Replicates };

        var engine = await RunText.FromEngineAsync(cluster, run.Request() with { Hosting = EngineHosting.Blocks });

        RunText.FromOracle(run).AssertSameAs(engine);
    }

    [Fact]
    public async Task Finished_batches_in_the_checkpoint_are_not_run_again()
    {
        var request = DeterminismCases.All["ws300/ic-0.3-av1/rejections"].Request() with { Replicates = Replicates, Hosting = EngineHosting.Blocks };
        var cancel = TestContext.Current.CancellationToken;
        var whole = new BatchCheckpointRecorder();
        var first = RunText.Of(await cluster.Runner().RunAsync(request, cancellationToken: cancel, checkpoints: whole), request);
        var resumed = whole.Holding(0, 1);

        var second = RunText.Of(await cluster.Runner().RunAsync(request, cancellationToken: cancel, checkpoints: resumed), request);

        Assert.Equal([0, 1, 2], whole.Saved);
        Assert.Equal([2], resumed.Saved);
        first.AssertSameAs(second);
    }

    [Fact]
    public async Task A_partition_accepts_a_batch_attempt_once()
    {
        string attempt = Guid.NewGuid().ToString("N");
        var partition = cluster.Cluster.Client.GetGrain<IPartitionGrain>(0, attempt);
        var plan = new PartitionPlan(attempt, 0, new PartitionMap(10, 1), 2, 16, 0, new NodeSetup(new ModelSettings("independent-cascade", new Dictionary<string, Distribution>()), 1, 2), Blocks: false, ReplicateBatch: 2) { Batch = 1 };

        string silo = await partition.Begin(plan);
        await partition.Advance(0);
        string again = await partition.Begin(plan);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => partition.Advance(0));
        await partition.Release();

        Assert.Equal(silo, again);
        Assert.Equal("step 0 asked for while step 1 is next", refused.Message);
    }
}
