using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;
using Orleans.Placement;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One network node of one run: consumer, actor and prescriber. It hosts the model's pure agent for
/// every replicate lane and turns a step's mail into adoptions, rejections and the mail of the next
/// step. Never collected while the run needs it; its partition releases it at the end. Only its
/// partition calls it, so it is placed on the partition's silo and every delivery is a local call.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
[PreferLocalPlacement]
public sealed class NodeGrain : Grain, INodeGrain
{
    private NodeAgent? _agent;
    private NodeTally? _tally;
    private NodeStep? _step;

    public Task Join(NodeSetup setup)
    {
        int node = (int)this.GetPrimaryKeyLong(out _);
        var model = AdoptionModel.Create(
            ModelSetupMapper.ToSettings(setup.Model),
            MarketSetupMapper.Population(setup.Market),
            MarketSetupMapper.WordOfMouth(setup.Market));
        var ties = new NodeTies(setup.OutTargets, setup.OutWeights, setup.InSources, setup.InWeights, setup.OutProbabilities);
        _agent = model.CreateAgent(node, ties, new Draws(setup.Seed, setup.FirstReplicate), new NodeFixedValues(setup.FixedTraits, setup.FixedSegment), setup.Replicates);
        _tally = setup.RecordNode ? new NodeTally(setup.Replicates) : null;
        _step = new NodeStep(setup.RecordEvents, model.Aversion > 0);
        return Task.CompletedTask;
    }

    public Task<StepReport> AdoptAsSeed(SeedOrder order)
    {
        var agent = Agent;
        return Task.FromResult(Step.AdoptAsSeed(_ => agent, order.Replicates, _tally));
    }

    public Task<StepReport> Receive(StepMail mail)
    {
        var agent = Agent;
        return Task.FromResult(Step.Receive(_ => agent, mail.Step, mail.Letters, _tally));
    }

    public Task<NodeRecords> Records(int[] lastSteps)
    {
        var agent = Agent;
        return Task.FromResult((_tally ?? throw new InvalidOperationException("the node joined without keeping its record")).Records(_ => agent, lastSteps));
    }

    public Task Release()
    {
        _agent = null;
        _tally = null;
        _step = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private NodeAgent Agent => _agent ?? throw new InvalidOperationException($"node {this.GetPrimaryKeyLong(out _)} was called before it joined a run");

    private NodeStep Step => _step ?? throw new InvalidOperationException($"node {this.GetPrimaryKeyLong(out _)} was called before it joined a run");
}
