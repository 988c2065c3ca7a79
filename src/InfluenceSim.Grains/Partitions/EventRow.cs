using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Partitions;

/// <summary>One delivered letter of the interaction stream, with the orders the stream sorts it in.</summary>
internal readonly record struct EventRow(int Replicate, int Step, int Sender, int Receiver, int Kind, int Outcome)
{
    /// <summary>Letter kinds 2 and 3 are both prescriptions, 4 and 5 both broadcasts: the message kind orders them.</summary>
    private MessageKind MessageKind => LetterKind.MessageKindOf(Kind);

    /// <summary>Within a step: replicate, receiver, message kind, sender.</summary>
    public static Comparison<EventRow> StepOrder { get; } = (a, b) =>
        a.Replicate != b.Replicate ? a.Replicate.CompareTo(b.Replicate)
        : a.Receiver != b.Receiver ? a.Receiver.CompareTo(b.Receiver)
        : a.MessageKind != b.MessageKind ? a.MessageKind.CompareTo(b.MessageKind)
        : a.Sender.CompareTo(b.Sender);
}
