namespace InfluenceSim.Abstractions.Messages;

/// <summary>Letters to be delivered at <c>Step</c>, every target owned by the partition they are sent to.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.mail-batch")]
public sealed record MailBatch(
    [property: Id(0)] int Step,
    [property: Id(1)] MailEntry[] Entries);
