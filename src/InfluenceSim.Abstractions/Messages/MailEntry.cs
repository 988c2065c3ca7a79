namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// One letter for a node at a step: its <c>LetterKind</c>, the sender (a node; a campaign number for
/// a broadcast; -1 for a seed order or a visit without mail), the replicate, and the root and depth
/// of the sender's adoption (-1 and 0 when the sender is no node).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.mail-entry")]
public readonly record struct MailEntry(
    [property: Id(0)] int Target, [property: Id(1)] int Sender,
    [property: Id(2)] int Replicate, [property: Id(3)] int Kind,
    [property: Id(4)] int Root, [property: Id(5)] int Depth)
{
    /// <summary>An order of the runner: a seed adoption at step 0 or a visit without mail later (kind 0, sender -1), or a broadcast.</summary>
    public static MailEntry Order(int target, int replicate, int sender, int kind) => new(target, sender, replicate, kind, -1, 0);

    /// <summary>The lowest and highest target of <paramref name="entries"/> (int.MaxValue and int.MinValue when there are none).</summary>
    public static (int Low, int High) TargetRange(ReadOnlySpan<MailEntry> entries)
    {
        int low = int.MaxValue;
        int high = int.MinValue;
        foreach (var entry in entries)
        {
            low = Math.Min(low, entry.Target);
            high = Math.Max(high, entry.Target);
        }

        return (low, high);
    }
}
