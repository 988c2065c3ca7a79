using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The <c>node-grains</c> hosting: one grain per node, activated by its partition (so it lives on
/// the partition's silo) and called once per step with all of its mail, with at most
/// <c>concurrency</c> calls in flight. The partition keeps a reference to each of its node grains
/// from the join on, so a step's calls do not look their grains up again.
/// </summary>
internal sealed class NodeGrainHosting(IGrainFactory grains, PartitionPlan plan) : IPartitionNodes
{
    private readonly int _first = plan.Map.First(plan.Partition);
    private readonly INodeGrain?[] _nodes = new INodeGrain?[plan.Map.Count(plan.Partition)];

    public Task JoinAsync(NetworkSlice slice) => ForEachAsync(slice.Nodes.Length, i =>
    {
        var join = slice.Nodes[i];
        var node = _nodes[join.Node - _first] = grains.GetGrain<INodeGrain>(join.Node, plan.RunId);
        return node.Join(plan.Node with
        {
            OutTargets = join.OutTargets,
            OutWeights = join.OutWeights,
            InSources = join.InSources,
            InWeights = join.InWeights,
            FixedTraits = join.FixedTraits,
            FixedSegment = join.FixedSegment,
            OutProbabilities = join.OutProbabilities,
        });
    });

    public async Task<int> DeliverAsync(int step, List<NodeDelivery> deliveries, StepRouter router)
    {
        await ForEachAsync(deliveries.Count, async i =>
        {
            var delivery = deliveries[i];
            var report = step == 0
                ? await Actor(delivery.Target).AdoptAsSeed(new SeedOrder([.. delivery.Letters.Select(l => l.Replicate)]))
                : await Consumer(delivery.Target).Receive(new StepMail(step, delivery.Letters));
            router.Record(delivery.Target, report);
        });
        return deliveries.Count;
    }

    public async Task<NodeRecords[]> RecordsAsync(int[] lastSteps, int first, int count)
    {
        var records = new NodeRecords[count];
        await ForEachAsync(count, async i => records[i] = await Node(first + i).Records(lastSteps));
        return records;
    }

    public async Task ReleaseAsync()
    {
        var joined = _nodes.Where(node => node is not null).ToArray();
        await ForEachAsync(joined.Length, i => joined[i]!.Release());
        Array.Clear(_nodes);
    }

    private INodeGrain Node(int node) => _nodes[node - _first] ?? throw new InvalidOperationException($"node {node} has not joined the run");

    /// <summary>The node as actor: seed orders go to it.</summary>
    private IActor Actor(int node) => Node(node);

    /// <summary>The node as consumer: a step's mail goes to it.</summary>
    private IConsumer Consumer(int node) => Node(node);

    /// <summary>
    /// Makes <paramref name="count"/> calls, call i being <paramref name="call"/>(i), in ascending i,
    /// with at most <c>concurrency</c> in flight: that many lanes each make their next call when
    /// their last one has answered. The lanes run in the partition's turn-based context, one at a
    /// time, so they share the next index without a lock.
    /// </summary>
    private async Task ForEachAsync(int count, Func<int, Task> call)
    {
        int next = 0;
        async Task LaneAsync()
        {
            while (next < count)
            {
                await call(next++);
            }
        }

        var lanes = new Task[Math.Min(plan.Concurrency, count)];
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            lanes[lane] = LaneAsync();
        }

        await Task.WhenAll(lanes);
    }
}
