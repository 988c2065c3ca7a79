using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The <c>node-grains</c> hosting: one grain per node, activated by its partition (so it lives on
/// the partition's silo) and called once per step with all of its mail, with at most
/// <c>concurrency</c> calls in flight.
/// </summary>
internal sealed class NodeGrainHosting(IGrainFactory grains, PartitionPlan plan) : IPartitionNodes
{
    private readonly List<int> _joined = [];

    public async Task JoinAsync(NetworkSlice slice)
    {
        _joined.AddRange(slice.Nodes.Select(n => n.Node));
        await ForEachAsync(slice.Nodes, join => Node(join.Node).Join(plan.Node with
        {
            OutTargets = join.OutTargets,
            OutWeights = join.OutWeights,
            InSources = join.InSources,
            InWeights = join.InWeights,
            FixedTraits = join.FixedTraits,
            FixedSegment = join.FixedSegment,
            OutProbabilities = join.OutProbabilities,
        }));
    }

    public async Task<int> DeliverAsync(int step, List<NodeDelivery> deliveries, StepRouter router)
    {
        await ForEachAsync(deliveries, async delivery =>
        {
            var letters = delivery.Letters;
            var report = step == 0
                ? await Actor(delivery.Target).AdoptAsSeed(new SeedOrder([.. letters.Select(l => l.Replicate)]))
                : await Consumer(delivery.Target).Receive(new StepMail(step, [.. letters]));
            router.Record(delivery.Target, report);
        });
        return deliveries.Count;
    }

    public async Task<NodeRecords[]> RecordsAsync(int[] lastSteps, int first, int count)
    {
        var records = new NodeRecords[count];
        await ForEachAsync(Enumerable.Range(first, count), async node => records[node - first] = await Node(node).Records(lastSteps));
        return records;
    }

    public async Task ReleaseAsync()
    {
        await ForEachAsync(_joined, node => Node(node).Release());
        _joined.Clear();
    }

    private INodeGrain Node(int node) => grains.GetGrain<INodeGrain>(node, plan.RunId);

    /// <summary>The node as actor: seed orders go to it.</summary>
    private IActor Actor(int node) => grains.GetGrain<IActor>(node, plan.RunId);

    /// <summary>The node as consumer: a step's mail goes to it.</summary>
    private IConsumer Consumer(int node) => grains.GetGrain<IConsumer>(node, plan.RunId);

    private async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> call)
    {
        using var window = new SemaphoreSlim(plan.Concurrency);
        var calls = new List<Task>();
        foreach (var item in items)
        {
            await window.WaitAsync();
            calls.Add(CallAsync(call, item, window));
        }

        await Task.WhenAll(calls);
    }

    private static async Task CallAsync<T>(Func<T, Task> call, T item, SemaphoreSlim window)
    {
        try
        {
            await call(item);
        }
        finally
        {
            window.Release();
        }
    }
}
