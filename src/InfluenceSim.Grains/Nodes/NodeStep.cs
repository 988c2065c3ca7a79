using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// The per-node work of one step, the same in both hostings: sort the node's mail, run its agent
/// per replicate (the agent of a replicate's lane: a node grain has one for all, a block one per
/// replicate batch), record what it received and what came of it, and say what it sends.
/// </summary>
internal sealed class NodeStep(bool recordEvents, bool averse)
{
    private readonly Outbox _outbox = new();
    private readonly StepReportBuilder _report = new(recordEvents);

    /// <summary>Adopts at step 0 as a seed in <paramref name="replicates"/> and answers with what it sends at step 1.</summary>
    public StepReport AdoptAsSeed(Func<int, NodeAgent> agentOf, IEnumerable<int> replicates, NodeTally? tally)
    {
        var report = new StepReportBuilder(recordEvents: false);
        foreach (int replicate in replicates)
        {
            var agent = agentOf(replicate);
            if (agent.AdoptAsSeed(replicate))
            {
                report.AddAdoption(replicate, (int)AdoptionCause.Seed, NodeAgent.NoPrescriber, agent.RootOf(replicate), 0);
                tally?.Adopted(replicate, (int)AdoptionCause.Seed);
                Send(agent, report, replicate, step: 0, tally);
            }
        }

        return report.Build();
    }

    /// <summary>Takes everything addressed to the node at <paramref name="step"/>, every replicate together, and answers with what it did and sends.</summary>
    public StepReport Receive(Func<int, NodeAgent> agentOf, int step, ReadOnlySpan<MailEntry> mail, NodeTally? tally)
    {
        var report = _report;
        report.Clear();
        var sorted = new MailSorter(mail);
        for (int start = 0; start < sorted.Count;)
        {
            var (replicate, length) = sorted.Range(start);
            var agent = agentOf(replicate);
            var letters = sorted.Letters(start, length);
            var verdict = agent.Consider(replicate, step, letters);
            report.Events?.Add(replicate, letters, verdict, agent.CreditedLetter, averse);
            tally?.Received(replicate, letters);
            if (verdict == Verdict.Adopted)
            {
                report.AddAdoption(replicate, (int)agent.LastCause, agent.CreditedTo(replicate), agent.RootOf(replicate), agent.DepthOf(replicate));
                tally?.Adopted(replicate, (int)agent.LastCause);
            }
            else if (verdict == Verdict.Rejected)
            {
                report.AddRejection(replicate);
            }

            Send(agent, report, replicate, step, tally);
            start += length;
        }

        return report.Build();
    }

    private void Send(NodeAgent agent, StepReportBuilder report, int replicate, int step, NodeTally? tally)
    {
        agent.Send(replicate, step, _outbox);
        tally?.Sent(replicate, step, _outbox);
        report.AddSending(replicate, agent.RootOf(replicate), agent.DepthOf(replicate), _outbox);
    }
}
