using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// The per-node work of one step, the same in both hostings: sort the node's mail, run the agent
/// block of each replicate's batch at the node's index (its consumer receives, its actor decides;
/// then what the actor shows and the prescriber recommends is sent), and tell
/// <see cref="IStepSink"/> what it received, decided and sends. Its sorter and outbox are reused from node to node and step to step.
/// </summary>
internal sealed class NodeStep(bool recordEvents, bool averse)
{
    private readonly Outbox _outbox = new();
    private readonly MailSorter _sorter = new();

    /// <summary>Adopts node <paramref name="index"/> at step 0 as a seed in <paramref name="replicate"/> and tells what it sends at step 1.</summary>
    public void AdoptAsSeed(ReplicateBlocks blocks, int index, int replicate, NodeTally? tally, IStepSink sink)
    {
        var block = blocks.Of(replicate);
        if (block.AdoptAsSeed(index, replicate))
        {
            sink.Adopted(replicate, AdoptionCause.Seed, NodeAgent.NoPrescriber, block.RootOf(index, replicate), 0);
            tally?.Adopted(replicate, (int)AdoptionCause.Seed);
            Send(block, index, replicate, step: 0, tally, sink);
        }
    }

    /// <summary>Takes everything addressed to node <paramref name="index"/> at <paramref name="step"/>, every replicate together and in any order, and tells what it did and sends.</summary>
    public void Receive(ReplicateBlocks blocks, int index, int step, ReadOnlySpan<MailEntry> mail, NodeTally? tally, IStepSink sink) =>
        Receive(blocks, index, step, _sorter.Sort(mail), tally, sink);

    /// <summary>Takes node <paramref name="index"/>'s sorted mail of <paramref name="step"/>, runs each replicate's agent on its range and tells what it did and sends.</summary>
    public void Receive(ReplicateBlocks blocks, int index, int step, SortedMail mail, NodeTally? tally, IStepSink sink)
    {
        for (int start = 0; start < mail.Count;)
        {
            var (replicate, length) = mail.Range(start);
            var block = blocks.Of(replicate);
            var letters = mail.Letters(start, length);
            var decision = block.Consider(index, replicate, step, letters);
            if (recordEvents)
            {
                sink.Received(block.NodeOf(index), replicate, letters, decision.Verdict, decision.CreditedLetter, averse);
            }

            tally?.Received(replicate, letters);
            if (decision.Verdict == Verdict.Adopted)
            {
                sink.Adopted(replicate, decision.Cause, decision.Adoption.Credit, decision.Adoption.Root, decision.Adoption.Depth);
                tally?.Adopted(replicate, (int)decision.Cause);
            }
            else if (decision.Verdict == Verdict.Rejected)
            {
                sink.Rejected(replicate);
            }

            Send(block, index, replicate, step, tally, sink);
            start += length;
        }
    }

    private void Send(AgentBlock block, int index, int replicate, int step, NodeTally? tally, IStepSink sink)
    {
        var outbox = _outbox;
        block.Send(index, replicate, step, outbox);
        tally?.Sent(replicate, step, outbox);
        if (!outbox.IsEmpty)
        {
            sink.Sent(block.NodeOf(index), replicate, outbox);
        }
    }
}
