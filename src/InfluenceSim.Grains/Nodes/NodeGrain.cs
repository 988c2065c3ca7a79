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
/// step. Never collected while the run needs it; the runner releases it at the end. Placed by hash
/// of its id, so a run's nodes spread evenly over the silos whoever activates them.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
[HashBasedPlacement]
public sealed class NodeGrain : Grain, INodeGrain
{
    private readonly Outbox _outbox = new();
    private NodeAgent? _agent;
    private NodeTally? _tally;
    private bool _recordEvents;
    private bool _averse;

    public Task Join(NodeSetup setup)
    {
        int node = (int)this.GetPrimaryKeyLong(out _);
        var model = AdoptionModel.Create(
            ModelSetupMapper.ToSettings(setup.Model),
            MarketSetupMapper.Population(setup.Market),
            MarketSetupMapper.WordOfMouth(setup.Market));
        var ties = new NodeTies(setup.OutTargets, setup.OutWeights, setup.InSources, setup.InWeights);
        _agent = model.CreateAgent(node, ties, new Draws(setup.Seed), new NodeFixedValues(setup.FixedTraits, setup.FixedSegment), setup.Replicates);
        _recordEvents = setup.RecordEvents;
        _tally = setup.RecordNode ? new NodeTally(setup.Replicates) : null;
        _averse = model.Aversion > 0;
        return Task.CompletedTask;
    }

    public Task<StepReport> AdoptAsSeed(SeedOrder order)
    {
        var agent = Agent;
        var report = new StepReportBuilder(recordEvents: false);
        foreach (int replicate in order.Replicates)
        {
            if (agent.AdoptAsSeed(replicate))
            {
                report.AddAdoption(replicate, (int)AdoptionCause.Seed, NodeAgent.NoPrescriber, agent.RootOf(replicate), 0);
                _tally?.Adopted(replicate, (int)AdoptionCause.Seed);
                Send(report, replicate, step: 0);
            }
        }

        return Task.FromResult(report.Build());
    }

    public Task<StepReport> Receive(StepMail mail)
    {
        var agent = Agent;
        var report = new StepReportBuilder(_recordEvents);
        var sorted = new MailSorter(mail);
        foreach (var (replicate, start, length) in sorted.Ranges())
        {
            var letters = sorted.Letters(start, length);
            var verdict = agent.Consider(replicate, mail.Step, letters);
            report.Events?.Add(replicate, letters, verdict, agent.CreditedLetter, _averse);
            _tally?.Received(replicate, letters);
            if (verdict == Verdict.Adopted)
            {
                report.AddAdoption(replicate, (int)agent.LastCause, agent.CreditedTo(replicate), agent.RootOf(replicate), agent.DepthOf(replicate));
                _tally?.Adopted(replicate, (int)agent.LastCause);
            }
            else if (verdict == Verdict.Rejected)
            {
                report.AddRejection(replicate);
            }

            Send(report, replicate, mail.Step);
        }

        return Task.FromResult(report.Build());
    }

    public Task<NodeRecords> Records(int[] lastSteps) =>
        Task.FromResult((_tally ?? throw new InvalidOperationException("the node joined without keeping its record")).Records(Agent, lastSteps));

    public Task Release()
    {
        _agent = null;
        _tally = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private NodeAgent Agent => _agent ?? throw new InvalidOperationException($"node {this.GetPrimaryKeyLong(out _)} was called before it joined a run");

    private void Send(StepReportBuilder report, int replicate, int step)
    {
        var agent = Agent;
        agent.Send(replicate, step, _outbox);
        _tally?.Sent(replicate, step, _outbox);
        report.AddSending(replicate, agent.RootOf(replicate), agent.DepthOf(replicate), _outbox);
    }
}
