using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Grains.Placement;
using InfluenceSim.Models.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One network node of one run: consumer, actor and prescriber. It hosts the model's agents as a
/// block of one node carrying every replicate lane (its own state, over a view of its ties and the
/// model its partition's nodes share on the silo, <see cref="NodeGrainShare"/>) and turns a step's mail into adoptions,
/// rejections and the mail of the next step. Never collected while the run needs it; its partition
/// releases it at the end. Only its partition calls it, so it is placed on the partition's silo, where
/// every delivery is a local call, and kept out of the grain directory (<see cref="CallerSiloPlacement"/>).
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
[CallerSiloPlacement]
public sealed class NodeGrain : Grain, INodeGrain
{
    private AgentBlock? _block;
    private NodeTally? _tally;
    private bool _recordEvents;
    private bool _averse;

    public ValueTask Join(NodeJoinOrder order)
    {
        int node = (int)this.GetPrimaryKeyLong();
        var share = ServiceProvider.GetRequiredService<SiloNetworks>().NodeGrains(order.RunId, order.Partition);
        _block = share.CreateBlock(node, share.Chunk(order.Chunk));
        _tally = share.RecordNode ? new NodeTally(share.Replicates) : null;
        _recordEvents = share.RecordEvents;
        _averse = share.Averse;
        return ValueTask.CompletedTask;
    }

    public ValueTask<StepReport> AdoptAsSeed(SeedOrder order)
    {
        var blocks = Blocks;
        var workspace = NodeWorkspace.Current;
        var step = workspace.Step(recordEvents: false, _averse);
        var report = workspace.Report(recordEvents: false);
        foreach (int replicate in order.Replicates)
        {
            step.AdoptAsSeed(blocks, 0, replicate, _tally, report);
        }

        return new ValueTask<StepReport>(report.Build());
    }

    public ValueTask<StepReport> Receive(StepMail mail)
    {
        var workspace = NodeWorkspace.Current;
        var report = workspace.Report(_recordEvents);
        workspace.Step(_recordEvents, _averse).Receive(Blocks, 0, mail.Step, mail.Letters.Span, _tally, report);
        return new ValueTask<StepReport>(report.Build());
    }

    public Task<NodeRecords> Records(int[] lastSteps) =>
        Task.FromResult((_tally ?? throw new InvalidOperationException("the node joined without keeping its record")).Records(Blocks, 0, lastSteps));

    public ValueTask Release()
    {
        _block = null;
        _tally = null;
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }

    private ReplicateBlocks Blocks => _block is { } block ? new ReplicateBlocks(block) : throw new InvalidOperationException($"node {this.GetPrimaryKeyLong()} was called before it joined a run");
}
