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
/// and so is the drained step mail (<see cref="MailShelf"/>). A step with many letters runs on
/// <paramref name="workers"/>, chunks of contiguous nodes at a time (<see cref="StepWorkers"/>): the agent
/// blocks are safe for disjoint nodes on several threads (<see cref="AgentBlock"/>), a node's tally is its own,
/// and each worker counts and routes through its own router, added to the partition's once all have ended.
/// </summary>
internal sealed class BlockHosting(PartitionPlan plan, PartitionRows rows, LaneShelf lanes, MailShelf shelf, StepWorkers workers) : IPartitionNodes
{
    /// <summary>How many deliveries ahead of the one it runs the loop starts loading lanes: enough to cover a cache miss with the work of the deliveries between.</summary>
    private const int PrefetchAhead = 8;

    private readonly AdoptionModel _model = new(plan.Node.Model, plan.Node.Population, plan.Node.WordOfMouth);

    private ReplicateBlocks? _blocks;
    private AgentBlock[] _made = [];
    private NodeTally?[]? _tallies;
    private NodeStep? _step;
    private BlockMail? _mail;
    private StepWorker[] _workers = [];
    private int _claimed;

    /// <summary>A hosting whose steps run on the silo's workers (<see cref="StepWorkers.ForSilo"/>).</summary>
    public BlockHosting(PartitionPlan plan, PartitionRows rows, LaneShelf lanes, MailShelf shelf)
        : this(plan, rows, lanes, shelf, StepWorkers.ForSilo)
    {
    }

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
        var deliveries = _mail ??= shelf.TakeBlockMail();
        mail.DrainLetters(deliveries);
        if (plan.Node.RecordNode)
        {
            _tallies ??= new NodeTally?[rows.Count];
        }

        int chunks = workers.Chunks(deliveries.Letters);
        if (chunks == 1)
        {
            Deliver(step, blocks, deliveries, 0, deliveries.Count, _step ??= NewNodeStep(), router);
            return Task.FromResult(deliveries.Count);
        }

        return DeliverOnWorkersAsync(step, blocks, deliveries, chunks, router);
    }

    /// <summary>Runs the step's deliveries in <paramref name="chunks"/> chunks on the workers (the partition's turn is worker 0), then adds what each counted to <paramref name="router"/>.</summary>
    private async Task<int> DeliverOnWorkersAsync(int step, ReplicateBlocks blocks, BlockMail deliveries, int chunks, StepRouter router)
    {
        var all = Workers();
        for (int w = 0; w < all.Length; w++)
        {
            all[w].Router = router.ForWorker(w, all[w].Ledger, all[w].Events);
        }

        _claimed = 0;
        var items = new Task[all.Length - 1];
        for (int w = 1; w < all.Length; w++)
        {
            var worker = all[w];
            items[w - 1] = Task.Run(() => Work(step, blocks, deliveries, chunks, worker));
        }

        try
        {
            Work(step, blocks, deliveries, chunks, all[0]);
        }
        finally
        {
            await Task.WhenAll(items);
        }

        foreach (var worker in all)
        {
            router.Absorb(worker.Router!);
            worker.Router = null;
        }

        if (router.Events is { } events)
        {
            StepWorker.MoveEvents(all, events);
        }

        return deliveries.Count;
    }

    /// <summary>One worker's part of a step: claims the next chunk (of about equal letters, in delivery order) until none is left.</summary>
    private void Work(int step, ReplicateBlocks blocks, BlockMail deliveries, int chunks, StepWorker worker)
    {
        var router = worker.Router!;
        long letters = deliveries.Letters;
        for (int chunk = Interlocked.Increment(ref _claimed) - 1; chunk < chunks; chunk = Interlocked.Increment(ref _claimed) - 1)
        {
            int from = chunk == 0 ? 0 : deliveries.GroupFrom((int)(letters * chunk / chunks));
            int to = chunk == chunks - 1 ? deliveries.Count : deliveries.GroupFrom((int)(letters * (chunk + 1) / chunks));
            int rowsBefore = worker.Events?.StepRows ?? 0;
            Deliver(step, blocks, deliveries, from, to, worker.Step, router);
            worker.NoteEvents(chunk, rowsBefore);
        }
    }

    /// <summary>Delivers groups <paramref name="from"/> .. <paramref name="to"/> - 1 of the step's mail, each to its node, through <paramref name="nodeStep"/> and <paramref name="router"/>.</summary>
    private void Deliver(int step, ReplicateBlocks blocks, BlockMail deliveries, int from, int to, NodeStep nodeStep, StepRouter router)
    {
        int first = rows.FirstNode;
        for (int d = from; d < to; d++)
        {
            if (step > 0 && d + PrefetchAhead < to)
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
    }

    /// <summary>The step workers, made at the first step that runs on them.</summary>
    private StepWorker[] Workers()
    {
        if (_workers.Length != workers.Count)
        {
            _workers = [.. Enumerable.Range(0, workers.Count).Select(_ => new StepWorker(NewNodeStep(), plan.Replicates, plan.EventsCap, plan.Node.RecordEvents && plan.EventsCap > 0))];
        }

        return _workers;
    }

    private NodeStep NewNodeStep() => new(plan.Node.RecordEvents, _model.Aversion > 0);

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
        _workers = [];
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
