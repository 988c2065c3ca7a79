using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// Counts what a partition's nodes did at one step and routes their mail and revisits as it
/// hears it: mail for the partition's own nodes straight to its next buffer, the rest to the
/// owning partitions; every letter carries the root and depth of the sender's adoption. A block
/// hosting tells it node by node as its loop runs; a node grain's report is read into it.
/// </summary>
internal sealed class StepRouter(PartitionMap map, int partition, int step, StepTallies tallies, PartitionLedger ledger, EventStream? events, MailBuffer next, OutgoingMail outgoing) : IStepSink
{
    private readonly int _first = map.First(partition);
    private readonly uint _owned = (uint)map.Count(partition);

    public void Adopted(int replicate, AdoptionCause cause, int credit, int root, int depth)
    {
        tallies.CountAdoption(replicate, cause);
        ledger.CountAdoption(replicate, root, depth, credit);
    }

    public void Rejected(int replicate) => tallies.CountRejection(replicate);

    public void Sent(int node, int replicate, Outbox outbox)
    {
        Counted(node, replicate, outbox.SocialProof, outbox.Prescriptions, outbox.Negative, outbox.Suppressed, SendingFlags.Of(outbox));
        var (root, depth) = (outbox.Root, outbox.Depth);
        foreach (var (target, kind) in outbox.Mail)
        {
            Route(new MailEntry(target, node, replicate, kind, root, depth));
        }
    }

    public void Received(int node, int replicate, ReadOnlySpan<Letter> letters, Verdict verdict, int creditedLetter, bool averse)
    {
        if (events is null)
        {
            return;
        }

        for (int i = 0; i < letters.Length; i++)
        {
            var letter = letters[i];
            events.Add(new EventRow(replicate, step, letter.Sender, node, letter.Kind, (int)ReceivedEventsBuilder.Outcome(letter, i, verdict, creditedLetter, averse)));
        }
    }

    /// <summary>Reads a node grain's report of the step.</summary>
    public void Record(int node, StepReport report)
    {
        foreach (var adoption in report.Adoptions)
        {
            Adopted(adoption.Replicate, (AdoptionCause)adoption.Cause, adoption.Credit, adoption.Root, adoption.Depth);
        }

        foreach (int replicate in report.Rejections)
        {
            Rejected(replicate);
        }

        var letters = report.Letters;
        int first = 0;
        foreach (var sending in report.Sendings)
        {
            Counted(node, sending.Replicate, sending.SocialProof, sending.Prescriptions, sending.Negative, sending.Suppressed, sending.Flags);
            foreach (var letter in letters.Slice(first, sending.Letters))
            {
                Route(new MailEntry(letter.Target, node, sending.Replicate, letter.Kind, sending.Root, sending.Depth));
            }

            first += sending.Letters;
        }

        if (report.Events is { } received)
        {
            events?.Add(step, node, received);
        }
    }

    private void Counted(int node, int replicate, int socialProof, int prescriptions, int negative, int suppressed, int flags)
    {
        tallies.CountSending(replicate, socialProof, prescriptions, negative, suppressed, flags);
        if ((flags & StepReport.RevisitFlag) != 0)
        {
            next.Add(MailEntry.Order(node, replicate, -1, LetterKind.Visit));
        }
    }

    private void Route(MailEntry entry)
    {
        if ((uint)(entry.Target - _first) < _owned)
        {
            next.Add(entry);
        }
        else
        {
            outgoing.Add(map.Owner(entry.Target), entry);
        }
    }
}
