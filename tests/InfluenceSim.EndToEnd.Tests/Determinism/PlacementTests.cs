using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.Grains.Placement;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// Where a run's grains live and what they are sent, read from the calls a three-silo cluster
/// received during one run on seven partitions (run once, read by every test): partitions sit on every silo, each node grain on
/// its partition's silo (entered in that silo's directory cache only while the run holds it), called at most once per
/// step, and no batch addresses another partition's nodes.
/// </summary>
[Collection<ObservedClusterCollection>]
public sealed class PlacementTests(ObservedThreeSiloCluster cluster)
{
    private const int Partitions = 7;

    /// <summary>The one run the tests read (the collection's tests run one at a time).</summary>
    private static Task<(string RunId, PartitionMap Map, string[] PartitionSilos)>? s_run;

    [Fact]
    public async Task PartitionsSitOnEverySilo()
    {
        var run = await RunAsync();

        Assert.Equal(cluster.Silos, run.PartitionSilos.Distinct().Count());
    }

    [Fact]
    public async Task EachNodeGrainLivesOnItsPartitionsSilo()
    {
        var run = await RunAsync();

        var nodeCalls = NodeCalls(run.RunId).ToList();
        Assert.NotEmpty(nodeCalls);
        Assert.All(nodeCalls, c => Assert.Equal(run.PartitionSilos[run.Map.Owner(c.Node)], c.Silo));
    }

    [Fact]
    public async Task NoNodeGrainStaysEnteredInItsSilosDirectoryCacheOnceTheRunHasEnded()
    {
        var run = await RunAsync();

        Assert.NotEmpty(NodeCalls(run.RunId));
        Assert.All(cluster.Cluster.Silos, silo => Assert.Equal(0, ((InProcessSiloHandle)silo).SiloHost.Services.GetRequiredService<LocalNodeGrains>().Count));
    }

    [Fact]
    public async Task EachNodeGrainIsCalledAtMostOncePerStep()
    {
        var run = await RunAsync();

        var deliveries = NodeCalls(run.RunId).Select(c => (c.Node, c.Step)).ToList();
        Assert.True(deliveries.Select(d => d.Step).Distinct().Count() > 2);
        Assert.Equal(deliveries.Count, deliveries.Distinct().Count());
    }

    [Fact]
    public async Task NoBatchAddressesAnotherPartitionsNodes()
    {
        var run = await RunAsync();

        var batches = CallLog.Of<MailBatch>().Where(b => b.Call.KeyExtension == run.RunId).ToList();
        Assert.Contains(batches, b => b.Argument.Step > 1);
        Assert.All(batches, b => Assert.All(b.Argument.Entries, e => Assert.Equal(b.Call.Key, run.Map.Owner(e.Target))));
    }

    private static IEnumerable<(int Node, int Step, string Silo)> NodeCalls(string runId) =>
        CallLog.Of<StepMail>().Where(c => c.Call.KeyExtension == runId).Select(c => ((int)c.Call.Key, c.Argument.Step, c.Call.Silo))
            .Concat(CallLog.Of<SeedOrder>().Where(c => c.Call.KeyExtension == runId).Select(c => ((int)c.Call.Key, 0, c.Call.Silo)));

    private Task<(string RunId, PartitionMap Map, string[] PartitionSilos)> RunAsync() => s_run ??= RunOnceAsync();

    /// <summary>Runs an LT case with per-node records on seven partitions and returns its run id, map and partition silos.</summary>
    private async Task<(string RunId, PartitionMap Map, string[] PartitionSilos)> RunOnceAsync()
    {
        CallLog.Clear();
        var run = DeterminismCases.All["ring250/lt-0.25/explicit/max-steps-10"];
        await cluster.Runner().RunAsync(run.Request() with { Partitions = Partitions });
        var plans = CallLog.Of<PartitionPlan>().Select(p => p.Argument).ToList();
        var silos = new string[Partitions];
        foreach (var (call, plan) in CallLog.Of<PartitionPlan>())
        {
            silos[plan.Partition] = call.Silo;
        }

        var first = Assert.Single(plans.Select(p => (p.RunId, p.Map)).Distinct());
        return (first.RunId, first.Map, silos);
    }
}
