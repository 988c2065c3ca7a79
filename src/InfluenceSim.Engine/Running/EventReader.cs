using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Engine.Running;

/// <summary>Reads a run's interaction stream from its coordinator, a page at a time, once the run has ended.</summary>
internal static class EventReader
{
    private const int PageSize = 100_000;

    public static async Task<IReadOnlyList<InteractionEvent>> ReadAsync(IRunCoordinatorGrain coordinator, int kept)
    {
        var events = new List<InteractionEvent>(kept);
        for (int skip = 0; skip < kept; skip += PageSize)
        {
            var page = await coordinator.Events(skip, Math.Min(PageSize, kept - skip));
            for (int i = 0; i < page.Replicates.Length; i++)
            {
                int kind = page.Kinds[i];
                events.Add(new InteractionEvent(
                    page.Replicates[i],
                    page.Steps[i],
                    page.Senders[i],
                    page.Receivers[i],
                    LetterKind.MessageKindOf(kind),
                    LetterKind.IsNegative(kind) ? Valence.Negative : Valence.Positive,
                    (MessageOutcome)page.Outcomes[i]));
            }
        }

        return events;
    }
}
