using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// A partition's part of the interaction stream with its cap (docs/output.md "events"): each step's
/// rows are ordered by (replicate, receiver, message kind, sender) and kept until the cap is
/// reached, so the kept rows are the partition's first rows in the order (step, replicate, receiver,
/// kind, sender) and hold every row of it the run's stream keeps (the runner merges the partitions'
/// rows in that order and truncates).
/// </summary>
internal sealed class EventStream(long cap)
{
    private readonly List<EventRow> _step = [];
    private readonly List<EventRow> _kept = [];

    /// <summary>Every message delivered so far, kept or not.</summary>
    public long Delivered { get; private set; }

    public int Kept => _kept.Count;

    /// <summary>Adds what one node received at <paramref name="step"/>.</summary>
    public void Add(int step, int receiver, ReceivedEvents events)
    {
        for (int i = 0; i < events.Replicates.Length; i++)
        {
            _step.Add(new EventRow(events.Replicates[i], step, events.Senders[i], receiver, events.Kinds[i], events.Outcomes[i]));
        }
    }

    /// <summary>Adds one letter a node received at the step.</summary>
    public void Add(EventRow row) => _step.Add(row);

    /// <summary>Closes a step: its rows, in order, join the stream while the cap allows.</summary>
    public void EndStep()
    {
        Delivered += _step.Count;
        _step.Sort(EventRow.StepOrder);
        foreach (var row in _step)
        {
            if (_kept.Count >= cap)
            {
                break;
            }

            _kept.Add(row);
        }

        _step.Clear();
    }

    /// <summary>Kept rows <paramref name="skip"/> .. skip + take - 1, in stream order.</summary>
    public EventPage Page(int skip, int take)
    {
        var rows = _kept.Skip(skip).Take(take).ToArray();
        return new EventPage(
            [.. rows.Select(r => r.Replicate)],
            [.. rows.Select(r => r.Step)],
            [.. rows.Select(r => r.Sender)],
            [.. rows.Select(r => r.Receiver)],
            [.. rows.Select(r => r.Kind)],
            [.. rows.Select(r => r.Outcome)]);
    }
}
