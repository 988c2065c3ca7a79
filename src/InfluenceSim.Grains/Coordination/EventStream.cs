using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Coordination;

/// <summary>
/// The interaction stream with its cap (docs/output.md "events"): each step's rows are ordered by
/// (replicate, receiver, message kind, sender) and kept until the cap is reached; the kept rows
/// are read back ordered by (replicate, step, receiver, kind, sender).
/// </summary>
internal sealed class EventStream(long cap)
{
    private readonly List<EventRow> _step = [];
    private readonly List<EventRow> _kept = [];
    private EventRow[]? _final;

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

    /// <summary>Rows <paramref name="skip"/> .. skip + take - 1 in file order.</summary>
    public EventPage Page(int skip, int take)
    {
        if (_final is null)
        {
            _final = [.. _kept];
            Array.Sort(_final, EventRow.FileOrder);
        }

        var rows = _final.Skip(skip).Take(take).ToArray();
        return new EventPage(
            [.. rows.Select(r => r.Replicate)],
            [.. rows.Select(r => r.Step)],
            [.. rows.Select(r => r.Sender)],
            [.. rows.Select(r => r.Receiver)],
            [.. rows.Select(r => r.Kind)],
            [.. rows.Select(r => r.Outcome)]);
    }
}
