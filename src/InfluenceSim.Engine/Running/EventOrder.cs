using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Running;

/// <summary>The interaction stream's cap and order (docs/output.md "events"): the first rows by (step, replicate, receiver, kind, sender), written by replicate first.</summary>
internal static class EventOrder
{
    /// <summary>Keeps the first <paramref name="cap"/> of <paramref name="events"/> in the order (step, replicate, receiver, kind, sender), then sorts them by (replicate, step, receiver, kind, sender) as the file is.</summary>
    public static List<InteractionEvent> Capped(List<InteractionEvent> events, long cap)
    {
        events.Sort((a, b) => a.Step != b.Step ? a.Step.CompareTo(b.Step) : WithinStep(a, b));
        if (events.Count > cap)
        {
            events.RemoveRange((int)cap, events.Count - (int)cap);
        }

        events.Sort((a, b) => a.Replicate != b.Replicate ? a.Replicate.CompareTo(b.Replicate) : a.Step != b.Step ? a.Step.CompareTo(b.Step) : WithinStep(a, b));
        return events;
    }

    private static int WithinStep(InteractionEvent a, InteractionEvent b) =>
        a.Replicate != b.Replicate ? a.Replicate.CompareTo(b.Replicate)
        : a.To != b.To ? a.To.CompareTo(b.To)
        : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
        : a.From.CompareTo(b.From);
}
