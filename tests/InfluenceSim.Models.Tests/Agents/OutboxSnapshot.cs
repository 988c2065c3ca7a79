using InfluenceSim.Models.Agents;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>Everything an outbox holds, as a value that compares exactly.</summary>
internal sealed record OutboxSnapshot(string Mail, int SocialProof, int Prescriptions, int Landed, int Negative, int Suppressed, bool Prescriber, bool Relayed, bool Revisit)
{
    public static OutboxSnapshot Of(Outbox outbox) => new(
        string.Join(' ', outbox.Mail.Select(m => $"{m.Target}:{m.Kind}")),
        outbox.SocialProof,
        outbox.Prescriptions,
        outbox.Landed,
        outbox.Negative,
        outbox.Suppressed,
        outbox.Prescriber,
        outbox.Relayed,
        outbox.Revisit);
}
