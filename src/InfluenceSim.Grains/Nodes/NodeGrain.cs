using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;
using Orleans.Placement;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One network node of one run: consumer, actor and prescriber. It hosts the model's agents as a
/// block of one node carrying every replicate lane and turns a step's mail into adoptions,
/// rejections and the mail of the next step. Never collected while the run needs it; its partition
/// releases it at the end. Only its partition calls it, so it is placed on the partition's silo and
/// every delivery is a local call.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
[PreferLocalPlacement]
public sealed class NodeGrain : Grain, INodeGrain
{
    private ReplicateBlocks? _blocks;
    private NodeTally? _tally;
    private bool _recordEvents;
    private bool _averse;

    public Task Join(NodeSetup setup)
    {
        int node = (int)this.GetPrimaryKeyLong(out _);
        var model = AdoptionModel.Create(setup.Model, setup.Population, setup.WordOfMouth);
        var ties = new NodeTies(setup.OutTargets, setup.OutWeights, setup.InSources, setup.InWeights, setup.OutProbabilities);
        var fixedValues = FixedValueTable.Of(new NodeFixedValues(setup.FixedTraits, setup.FixedSegment));
        var block = model.CreateBlock(node, ties, new Draws(setup.Seed, setup.FirstReplicate), fixedValues, setup.Replicates, 0);
        _blocks = new ReplicateBlocks([block], setup.Replicates);
        _tally = setup.RecordNode ? new NodeTally(setup.Replicates) : null;
        _recordEvents = setup.RecordEvents;
        _averse = model.Aversion > 0;
        return Task.CompletedTask;
    }

    public Task<StepReport> AdoptAsSeed(SeedOrder order)
    {
        var blocks = Blocks;
        var workspace = NodeWorkspace.Current;
        var step = workspace.Step(recordEvents: false, _averse);
        var report = workspace.Report(recordEvents: false);
        foreach (int replicate in order.Replicates)
        {
            step.AdoptAsSeed(blocks, 0, replicate, _tally, report);
        }

        return Task.FromResult(report.Build());
    }

    public Task<StepReport> Receive(StepMail mail)
    {
        var workspace = NodeWorkspace.Current;
        var report = workspace.Report(_recordEvents);
        workspace.Step(_recordEvents, _averse).Receive(Blocks, 0, mail.Step, mail.Letters.Span, _tally, report);
        return Task.FromResult(report.Build());
    }

    public Task<NodeRecords> Records(int[] lastSteps) =>
        Task.FromResult((_tally ?? throw new InvalidOperationException("the node joined without keeping its record")).Records(Blocks, 0, lastSteps));

    public Task Release()
    {
        _blocks = null;
        _tally = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private ReplicateBlocks Blocks => _blocks ?? throw new InvalidOperationException($"node {this.GetPrimaryKeyLong(out _)} was called before it joined a run");
}
