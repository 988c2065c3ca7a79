using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Randomness;
using Orleans.Placement;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One network node of one run: consumer, actor and prescriber. It hosts the model's pure agent for
/// every replicate lane and turns a step's mail into adoptions and the mail of the next step.
/// Never collected while the run needs it; the runner releases it at the end. Placed by hash of
/// its id, so a run's nodes spread evenly over the silos whoever activates them.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
[HashBasedPlacement]
public sealed class NodeGrain : Grain, INodeGrain
{
    private readonly List<int> _targets = [];
    private NodeAgent? _agent;

    public Task Join(NodeSetup setup)
    {
        int node = (int)this.GetPrimaryKeyLong(out _);
        var model = AdoptionModel.Create(ModelSetupMapper.ToSettings(setup.Model));
        var ties = new NodeTies(setup.OutTargets, setup.OutWeights, setup.InSources, setup.InWeights);
        _agent = model.CreateAgent(node, ties, new Draws(setup.Seed), setup.Replicates);
        return Task.CompletedTask;
    }

    public Task<StepReport> AdoptAsSeed(SeedOrder order)
    {
        var agent = Agent;
        var report = new StepReportBuilder(agent.Ties.OutDegree);
        foreach (int replicate in order.Replicates)
        {
            if (agent.AdoptAsSeed(replicate))
            {
                Adopted(report, replicate, step: 0);
            }
        }

        return Task.FromResult(report.Build());
    }

    public Task<StepReport> Receive(StepMail mail)
    {
        var agent = Agent;
        var report = new StepReportBuilder(agent.Ties.OutDegree);
        var sorted = new MailSorter(mail);
        foreach (var (replicate, start, length) in sorted.Ranges())
        {
            if (agent.Consider(replicate, mail.Step, sorted.Senders(start, length), sorted.Roots(start, length), sorted.Depths(start, length)))
            {
                Adopted(report, replicate, mail.Step);
            }
            else if (agent.AdoptedAt(replicate) < mail.Step && agent.PrescribesAt(replicate, mail.Step))
            {
                Prescribe(report, replicate, mail.Step);
            }
        }

        return Task.FromResult(report.Build());
    }

    public Task Release()
    {
        _agent = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private NodeAgent Agent => _agent ?? throw new InvalidOperationException($"node {this.GetPrimaryKeyLong(out _)} was called before it joined a run");

    private void Adopted(StepReportBuilder report, int replicate, int step)
    {
        var agent = Agent;
        report.AddAdoption(replicate, agent.CreditedTo(replicate), agent.RootOf(replicate), agent.DepthOf(replicate));
        Prescribe(report, replicate, step);
    }

    /// <summary>Prescribes at <paramref name="step"/> and, when the prescribing window goes on, asks to be visited at the next step.</summary>
    private void Prescribe(StepReportBuilder report, int replicate, int step)
    {
        var agent = Agent;
        _targets.Clear();
        agent.Prescribe(replicate, step, _targets);
        report.AddPrescription(replicate, agent.RootOf(replicate), agent.DepthOf(replicate), _targets);
        if (agent.PrescribesAt(replicate, step + 1))
        {
            report.AddRevisit(replicate);
        }
    }
}
