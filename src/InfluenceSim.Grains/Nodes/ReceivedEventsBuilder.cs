using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Records the letters a node received at a step with what came of each (docs/output.md "events"):
/// ignored by a settled node; against the product, rejected or averted (none without aversion);
/// for the product, converted (the credited letter) or adopted when the node adopted, else none.
/// </summary>
internal sealed class ReceivedEventsBuilder
{
    private readonly List<int> _replicates = [];
    private readonly List<int> _senders = [];
    private readonly List<int> _kinds = [];
    private readonly List<int> _outcomes = [];

    public void Add(int replicate, ReadOnlySpan<Letter> letters, Verdict verdict, int creditedLetter, bool averse)
    {
        for (int i = 0; i < letters.Length; i++)
        {
            var letter = letters[i];
            _replicates.Add(replicate);
            _senders.Add(letter.Sender);
            _kinds.Add(letter.Kind);
            _outcomes.Add((int)Outcome(letter, i, verdict, creditedLetter, averse));
        }
    }

    /// <summary>Copies out what was added and empties the builder for the next step.</summary>
    public ReceivedEvents Build()
    {
        var events = new ReceivedEvents([.. _replicates], [.. _senders], [.. _kinds], [.. _outcomes]);
        Clear();
        return events;
    }

    /// <summary>Forgets the letters added since the last <see cref="Build"/>.</summary>
    public void Clear()
    {
        _replicates.Clear();
        _senders.Clear();
        _kinds.Clear();
        _outcomes.Clear();
    }

    /// <summary>What came of letter <paramref name="index"/> of a node's mail, given the node's verdict and credited letter.</summary>
    public static MessageOutcome Outcome(Letter letter, int index, Verdict verdict, int creditedLetter, bool averse)
    {
        if (verdict == Verdict.Settled)
        {
            return MessageOutcome.Ignored;
        }

        if (LetterKind.IsNegative(letter.Kind))
        {
            return verdict == Verdict.Rejected ? MessageOutcome.Rejected : averse ? MessageOutcome.Averted : MessageOutcome.None;
        }

        if (verdict != Verdict.Adopted)
        {
            return MessageOutcome.None;
        }

        return index == creditedLetter ? MessageOutcome.Converted : MessageOutcome.Adopted;
    }
}
