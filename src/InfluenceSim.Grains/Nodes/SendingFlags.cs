using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>The flags of a sending (<see cref="StepReport.PrescriberFlag"/>, <see cref="StepReport.RelayedFlag"/>, <see cref="StepReport.RevisitFlag"/>) from an outbox.</summary>
internal static class SendingFlags
{
    public static int Of(Outbox outbox) =>
        (outbox.Prescriber ? StepReport.PrescriberFlag : 0) | (outbox.Relayed ? StepReport.RelayedFlag : 0) | (outbox.Revisit ? StepReport.RevisitFlag : 0);
}
