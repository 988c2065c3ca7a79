using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The <c>blocks</c> hosting: the partition runs its nodes' agents itself, over blocks of state
/// arrays (no grain and no object per node), one block per replicate batch of
/// <c>ReplicateBatch</c> replicates, all over the partition's rows in the silo's read-only network.
/// Each node's delivery goes through the same per-node step as a node grain's, in one loop that
/// tells the partition's router at once what each node did (no report per node). The blocks'
/// state arrays are taken from, and given back to, the silo's shelf for the run (<see cref="LaneShelf"/>),
/// and so is the drained step mail (<see cref="MailShelf"/>).
/// </summary>
internal sealed class BlockHosting(PartitionPlan plan, PartitionRows rows, LaneShelf lanes, MailShelf shelf) : IPartitionNodes
{
    /// <summary>How many deliveries ahead of the one it runs the loop starts loading lanes: enough to cover a cache miss with the work of the deliveries between.</summary>
    private const int PrefetchAhead = 8;

    private readonly AdoptionModel _model = new(plan.Node.Model, plan.Node.Population, plan.Node.WordOfMouth);

    private ReplicateBlocks? _blocks;
    private AgentBlock[] _made = [];
    private NodeTally?[]? _tallies;
    private NodeStep? _step;
    private BlockMail? _mail;

    /// <summary>Whether every node of the partition's slice is already held (an earlier replicate batch's).</summary>
    public bool HoldsSlice => rows.Complete;

    public Task JoinAsync(NetworkSlice slice)
    {
        foreach (var row in slice.Nodes)
        {
            rows.Add(row);
        }

        if (rows.Complete)
        {
            _blocks ??= MakeBlocks();
        }

        return Task.CompletedTask;
    }

    public Task<int> DeliverAsync(int step, MailBuffer mail, StepRouter router)
    {
        var blocks = Blocks;
        var nodeStep = _step ??= new NodeStep(plan.Node.RecordEvents, _model.Aversion > 0);
        var deliveries = _mail ??= shelf.TakeBlockMail();
        mail.DrainLetters(deliveries);
        int first = rows.FirstNode;
        for (int d = 0; d < deliveries.Count; d++)
        {
            if (step > 0 && d + PrefetchAhead < deliveries.Count)
            {
                Prefetch(blocks, deliveries.Target(d + PrefetchAhead) - first, deliveries.Keys(d + PrefetchAhead));
            }

            int index = deliveries.Target(d) - first;
            var tally = Tally(index);
            if (step == 0)
            {
                foreach (long order in deliveries.Keys(d))
                {
                    nodeStep.AdoptAsSeed(blocks, index, SortedMail.ReplicateOf(order), tally, router);
                }
            }
            else
            {
                nodeStep.Receive(blocks, index, step, deliveries.Sorted(d), tally, router);
            }
        }

        return Task.FromResult(deliveries.Count);
    }

    /// <summary>Starts loading the lanes and the out-ties node <paramref name="index"/>'s mail (its sort <paramref name="keys"/>) will read (<see cref="AgentBlock.Prefetch"/>, <see cref="AgentBlock.PrefetchTies"/>), once per run of letters of one replicate.</summary>
    private static void Prefetch(ReplicateBlocks blocks, int index, ReadOnlySpan<long> keys)
    {
        blocks.Of(SortedMail.ReplicateOf(keys[0])).PrefetchTies(index);
        int last = -1;
        foreach (long key in keys)
        {
            int replicate = SortedMail.ReplicateOf(key);
            if (replicate != last)
            {
                blocks.Of(replicate).Prefetch(index, replicate);
                last = replicate;
            }
        }
    }

    public Task<NodeRecords[]> RecordsAsync(int[] lastSteps, int first, int count)
    {
        var blocks = Blocks;
        var records = new NodeRecords[count];
        for (int i = 0; i < count; i++)
        {
            int index = first - rows.FirstNode + i;
            records[i] = (Tally(index) ?? throw new InvalidOperationException("the run keeps no per-node records")).Records(blocks, index, lastSteps);
        }

        return Task.FromResult(records);
    }

    public Task ReleaseAsync()
    {
        foreach (var block in _made)
        {
            block.GiveBackLanes();
        }

        if (_mail is { } drained)
        {
            shelf.GiveBlockMail(drained);
        }

        _mail = null;
        _made = [];
        _blocks = null;
        _tallies = null;
        _step = null;
        return Task.CompletedTask;
    }

    /// <summary>The blocks, one per replicate batch, made when the last node joins (their state is the nodes' as a node grain's is made when it joins), or at the first step when the slice was held already.</summary>
    private ReplicateBlocks Blocks => _blocks ??= MakeBlocks();

    private ReplicateBlocks MakeBlocks()
    {
        var ties = rows.Ties();
        var fixedValues = rows.FixedValues();
        var draws = new Draws(plan.Node.Seed, plan.Node.FirstReplicate);
        int batch = plan.ReplicateBatch;
        var blocks = new AgentBlock[(plan.Replicates + batch - 1) / batch];
        for (int b = 0; b < blocks.Length; b++)
        {
            blocks[b] = _model.CreateBlock(rows.FirstNode, ties, draws, fixedValues, Math.Min(batch, plan.Replicates - (b * batch)), b * batch, lanes);
        }

        _made = blocks;
        return new ReplicateBlocks(blocks, batch);
    }

    private NodeTally? Tally(int index) =>
        plan.Node.RecordNode ? (_tallies ??= new NodeTally?[rows.Count])[index] ??= new NodeTally(plan.Replicates) : null;
}
