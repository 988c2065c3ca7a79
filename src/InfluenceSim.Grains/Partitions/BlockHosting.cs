using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The <c>blocks</c> hosting: the partition runs its nodes' agents itself, over blocks of state
/// arrays (no grain and no object per node), one block per replicate batch of
/// <c>ReplicateBatch</c> replicates, all over the partition's rows in the silo's read-only network.
/// Each node's delivery goes through the same per-node step as a node grain's.
/// </summary>
internal sealed class BlockHosting(PartitionPlan plan, PartitionRows rows) : IPartitionNodes
{
    private readonly AdoptionModel _model = AdoptionModel.Create(
        ModelSetupMapper.ToSettings(plan.Node.Model),
        MarketSetupMapper.Population(plan.Node.Market),
        MarketSetupMapper.WordOfMouth(plan.Node.Market));

    private AgentBlock[]? _blocks;
    private NodeTally?[]? _tallies;
    private NodeStep? _step;

    public Task JoinAsync(NetworkSlice slice)
    {
        foreach (var row in slice.Nodes)
        {
            rows.Add(row);
        }

        return Task.CompletedTask;
    }

    public Task<int> DeliverAsync(int step, List<NodeDelivery> deliveries, Action<int, StepReport> done)
    {
        var blocks = Blocks;
        var nodeStep = _step ??= new NodeStep(plan.Node.RecordEvents, _model.Aversion > 0);
        foreach (var delivery in deliveries)
        {
            int index = delivery.Target - rows.FirstNode;
            var agentOf = AgentsOf(blocks, index);
            var tally = Tally(index);
            var letters = delivery.Letters;
            var report = step == 0
                ? nodeStep.AdoptAsSeed(agentOf, letters.Select(l => l.Replicate), tally)
                : nodeStep.Receive(agentOf, step, letters.AsSpan(), tally);
            done(delivery.Target, report);
        }

        return Task.FromResult(deliveries.Count);
    }

    public Task<NodeRecords[]> RecordsAsync(int[] lastSteps, int first, int count)
    {
        var blocks = Blocks;
        return Task.FromResult<NodeRecords[]>([.. Enumerable.Range(first - rows.FirstNode, count).Select(index =>
            (Tally(index) ?? throw new InvalidOperationException("the run keeps no per-node records")).Records(AgentsOf(blocks, index), lastSteps))]);
    }

    public Task ReleaseAsync()
    {
        _blocks = null;
        _tallies = null;
        return Task.CompletedTask;
    }

    /// <summary>The blocks, one per replicate batch, made when the partition first needs them (every node has joined by then).</summary>
    private AgentBlock[] Blocks => _blocks ??= MakeBlocks();

    private AgentBlock[] MakeBlocks()
    {
        var ties = rows.Ties();
        var fixedValues = rows.FixedValues();
        var draws = new Draws(plan.Node.Seed, plan.Node.FirstReplicate);
        int batch = plan.ReplicateBatch;
        return [.. Enumerable.Range(0, (plan.Replicates + batch - 1) / batch)
            .Select(b => _model.CreateBlock(rows.FirstNode, ties, draws, fixedValues, Math.Min(batch, plan.Replicates - (b * batch)), b * batch))];
    }

    /// <summary>The agent of node <paramref name="index"/> in a replicate's batch: a view of its block, made at most once per batch.</summary>
    private Func<int, NodeAgent> AgentsOf(AgentBlock[] blocks, int index)
    {
        var views = new NodeAgent?[blocks.Length];
        return replicate => views[replicate / plan.ReplicateBatch] ??= new NodeAgent(blocks[replicate / plan.ReplicateBatch], index);
    }

    private NodeTally? Tally(int index) =>
        plan.Node.RecordNode ? (_tallies ??= new NodeTally?[rows.Count])[index] ??= new NodeTally(plan.Replicates) : null;
}
