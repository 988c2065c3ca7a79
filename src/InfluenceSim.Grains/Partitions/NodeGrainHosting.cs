using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Grains.Placement;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The <c>node-grains</c> hosting: one grain per node, activated by its partition (so it lives on
/// the partition's silo) and called once per step with all of its mail, with at most
/// <c>concurrency</c> calls in flight. The partition keeps a reference to each of its node grains
/// from the join on, so a step's calls do not look their grains up again. Each chunk of the slice
/// is kept once in the silo's <see cref="SiloNetworks"/>, with what the partition's nodes share,
/// before its nodes are told to join: a node reads its ties there instead of receiving a copy.
/// Each node is entered in the silo's <see cref="LocalNodeGrains"/> before its join, so the join is sent
/// straight to this silo rather than through Orleans' placement, and left out again once released.
/// </summary>
internal sealed class NodeGrainHosting : IPartitionNodes
{
    /// <summary>
    /// How many joins are in flight at most: fewer than a step's calls, since each places and activates
    /// a grain and Orleans' placement workers go over their placements in progress whenever one ends
    /// (256 activated 100,000 grains about 10% sooner than 2,048; docs/performance.md).
    /// </summary>
    private const int JoinsInFlight = 256;

    private readonly NodeGrainReferences _references;
    private readonly PartitionPlan _plan;
    private readonly SiloNetworks _networks;
    private readonly LocalNodeGrains _addresses;
    private readonly NodeGrainShare _share;
    private readonly int _first;
    private readonly INodeGrain?[] _nodes;
    private int _chunks;

    /// <summary>
    /// Hosts partition <paramref name="plan"/>'s nodes as grains, their share kept in <paramref name="networks"/> and
    /// their addresses in <paramref name="addresses"/> until release.
    /// </summary>
    public NodeGrainHosting(IGrainFactory grains, PartitionPlan plan, SiloNetworks networks, LocalNodeGrains addresses)
    {
        _references = new NodeGrainReferences(grains, plan.RunId);
        _plan = plan;
        _networks = networks;
        _addresses = addresses;
        _share = networks.BeginNodeGrains(plan.RunId, plan.Partition, plan.Node);
        _first = plan.Map.First(plan.Partition);
        _nodes = new INodeGrain?[plan.Map.Count(plan.Partition)];
    }

    public Task JoinAsync(NetworkSlice slice)
    {
        var chunk = new TieChunk(slice);
        var order = new NodeJoinOrder(_plan.RunId, _plan.Partition, _chunks++);
        _share.Add(order.Chunk, chunk);
        return ForEachAsync(chunk.Count, i =>
        {
            int node = chunk.FirstNode + i;
            var reference = _references.Of(node);
            _addresses.Place(reference.GetGrainId());
            return (_nodes[node - _first] = reference).Join(order);
        }, JoinsInFlight);
    }

    /// <summary>
    /// Each lane awaits its node's answer itself and records it before it calls the next node, so a
    /// call costs one continuation in the partition's turn, not a second one for a task per call; the
    /// report read, it goes back to the reports the nodes are lent.
    /// </summary>
    public async Task<int> DeliverAsync(int step, MailBuffer mail, StepRouter router)
    {
        var deliveries = mail.Drain();
        int next = 0;
        async Task LaneAsync()
        {
            while (next < deliveries.Count)
            {
                var delivery = deliveries[next++];
                var report = step == 0
                    ? await Actor(delivery.Target).AdoptAsSeed(new SeedOrder([.. delivery.Letters.Select(l => l.Replicate)]))
                    : await Consumer(delivery.Target).Receive(new StepMail(step, delivery.Letters));
                router.Record(delivery.Target, report);
                _share.Reports.GiveBack(report);
            }
        }

        await LanesAsync(deliveries.Count, LaneAsync);
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
        try
        {
            await ForEachAsync(joined.Length, i => joined[i]!.Release());
        }
        finally
        {
            foreach (var node in joined)
            {
                _addresses.Forget(node!.GetGrainId());
            }

            Array.Clear(_nodes);
            _networks.EndNodeGrains(_plan.RunId, _plan.Partition);
        }
    }

    private INodeGrain Node(int node) => _nodes[node - _first] ?? throw new InvalidOperationException($"node {node} has not joined the run");

    /// <summary>The node as actor: seed orders go to it.</summary>
    private IActor Actor(int node) => Node(node);

    /// <summary>The node as consumer: a step's mail goes to it.</summary>
    private IConsumer Consumer(int node) => Node(node);

    /// <summary>
    /// Makes <paramref name="count"/> calls, call i being <paramref name="call"/>(i), in ascending i,
    /// with at most <c>concurrency</c> (and at most <paramref name="inFlight"/>) in flight (<see cref="LanesAsync"/>).
    /// </summary>
    private Task ForEachAsync(int count, Func<int, ValueTask> call, int inFlight = int.MaxValue)
    {
        int next = 0;
        async Task LaneAsync()
        {
            while (next < count)
            {
                await call(next++);
            }
        }

        return LanesAsync(Math.Min(count, inFlight), LaneAsync);
    }

    /// <summary>
    /// Runs <c>concurrency</c> lanes (at most <paramref name="lanes"/>), each making its next call when
    /// its last one has answered. The lanes run in the partition's turn-based context, one at a
    /// time, so they share their next index without a lock.
    /// </summary>
    private Task LanesAsync(int lanes, Func<Task> lane)
    {
        var running = new Task[Math.Min(_plan.Concurrency, lanes)];
        for (int i = 0; i < running.Length; i++)
        {
            running[i] = lane();
        }

        return Task.WhenAll(running);
    }
}
