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
    private NodeGrainShare? _share;

    public ValueTask Join(NodeJoinOrder order)
    {
        int node = (int)this.GetPrimaryKeyLong();
        var share = ServiceProvider.GetRequiredService<SiloNetworks>().NodeGrains(order.RunId, order.Partition);
        _block = share.CreateBlock(node, share.Chunk(order.Chunk));
        _tally = share.RecordNode ? new NodeTally(share.Replicates) : null;
        _share = share;
        return ValueTask.CompletedTask;
    }

    public ValueTask<StepReport> AdoptAsSeed(SeedOrder order)
    {
        var blocks = Blocks;
        var share = Share;
        var workspace = NodeWorkspace.Current;
        var step = workspace.Step(recordEvents: false, share.Averse);
        var report = workspace.Report(recordEvents: false, share.Reports.Lend());
        foreach (int replicate in order.Replicates)
        {
            step.AdoptAsSeed(blocks, 0, replicate, _tally, report);
        }

        return new ValueTask<StepReport>(report.Build());
    }

    public ValueTask<StepReport> Receive(StepMail mail)
    {
        var blocks = Blocks;
        var share = Share;
        var workspace = NodeWorkspace.Current;
        var report = workspace.Report(share.RecordEvents, share.Reports.Lend());
        workspace.Step(share.RecordEvents, share.Averse).Receive(blocks, 0, mail.Step, mail.Letters.Span, _tally, report);
        return new ValueTask<StepReport>(report.Build());
    }

    public Task<NodeRecords> Records(int[] lastSteps) =>
        Task.FromResult((_tally ?? throw new InvalidOperationException("the node joined without keeping its record")).Records(Blocks, 0, lastSteps));

    public ValueTask Release()
    {
        _block = null;
        _tally = null;
        _share = null;
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }

    private NodeGrainShare Share => _share ?? throw NotJoined();

    private ReplicateBlocks Blocks => _block is { } block ? new ReplicateBlocks(block) : throw NotJoined();

    private InvalidOperationException NotJoined() => new($"node {this.GetPrimaryKeyLong()} was called before it joined a run");
}
