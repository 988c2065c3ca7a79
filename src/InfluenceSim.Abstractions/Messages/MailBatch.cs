namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Letters to be delivered at <c>Step</c>, every target owned by the partition they are sent to.
/// Between silos it travels packed (<see cref="MailBatchCodec"/>).
/// </summary>
[Immutable, Alias("influencesim.mail-batch")]
public sealed record MailBatch(int Step, MailEntry[] Entries);
