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
internal sealed class StepRouter : IStepSink
{
    private readonly PartitionMap _map;
    private readonly int _partition;
    private readonly int _step;
    private readonly StepTallies _tallies;
    private readonly PartitionLedger _ledger;
    private readonly EventStream? _events;
    private readonly MailBuffer _nextBuffer;
    private readonly OutgoingMail _outgoingMail;
    private readonly PageRuns _next;
    private readonly PageRuns _outgoing;
    private readonly int _first;
    private readonly uint _owned;

    /// <summary>The router of partition <paramref name="partition"/>'s turn at <paramref name="step"/>: its letters go to <paramref name="next"/> and <paramref name="outgoing"/> as writer 0.</summary>
    public StepRouter(PartitionMap map, int partition, int step, StepTallies tallies, PartitionLedger ledger, EventStream? events, MailBuffer next, OutgoingMail outgoing)
        : this(map, partition, step, tallies, ledger, events, next, outgoing, writer: 0)
    {
    }

    private StepRouter(PartitionMap map, int partition, int step, StepTallies tallies, PartitionLedger ledger, EventStream? events, MailBuffer next, OutgoingMail outgoing, int writer)
    {
        (_map, _partition, _step, _tallies, _ledger, _events, _nextBuffer, _outgoingMail) = (map, partition, step, tallies, ledger, events, next, outgoing);
        _next = next.Writer(writer);
        _outgoing = outgoing.Writer(writer);
        _first = map.First(partition);
        _owned = (uint)map.Count(partition);
    }

    /// <summary>Where this router's events go (null: the run records none).</summary>
    public EventStream? Events => _events;

    /// <summary>
    /// A router for step worker <paramref name="worker"/> of the same step (made on the partition's turn,
    /// before the workers start): its own tallies, the worker's <paramref name="ledger"/> part and
    /// <paramref name="events"/> rows, and its own pages of the same buffers (writer <paramref name="worker"/> + 1).
    /// </summary>
    public StepRouter ForWorker(int worker, PartitionLedger ledger, EventStream? events) =>
        new(_map, _partition, _step, new StepTallies(_tallies.Replicates), ledger, events, _nextBuffer, _outgoingMail, worker + 1);

    /// <summary>Adds what a worker's router counted (its tallies, and its ledger part, which it empties) to this router's, once the worker has ended; its letters are in the buffers already.</summary>
    public void Absorb(StepRouter worker)
    {
        _tallies.Add(worker._tallies);
        _ledger.Absorb(worker._ledger);
    }

    public void Adopted(int replicate, AdoptionCause cause, int credit, int root, int depth)
    {
        _tallies.CountAdoption(replicate, cause);
        _ledger.CountAdoption(replicate, root, depth, credit);
    }

    public void Rejected(int replicate) => _tallies.CountRejection(replicate);

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
        if (_events is not { } events)
        {
            return;
        }

        for (int i = 0; i < letters.Length; i++)
        {
            var letter = letters[i];
            events.Add(new EventRow(replicate, _step, letter.Sender, node, letter.Kind, (int)ReceivedEventsBuilder.Outcome(letter, i, verdict, creditedLetter, averse)));
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
            _events?.Add(_step, node, received);
        }
    }

    private void Counted(int node, int replicate, int socialProof, int prescriptions, int negative, int suppressed, int flags)
    {
        _tallies.CountSending(replicate, socialProof, prescriptions, negative, suppressed, flags);
        if ((flags & StepReport.RevisitFlag) != 0)
        {
            var visit = MailEntry.Order(node, replicate, -1, LetterKind.Visit);
            _next.Add(MailBuffer.RunOf(visit), visit);
        }
    }

    private void Route(MailEntry entry)
    {
        if ((uint)(entry.Target - _first) < _owned)
        {
            _next.Add(MailBuffer.RunOf(entry), entry);
        }
        else
        {
            _outgoing.Add(_map.Owner(entry.Target), entry);
        }
    }
}
