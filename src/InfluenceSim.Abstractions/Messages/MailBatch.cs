namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Orders for the next step: node <c>Targets[i]</c>, replicate <c>Replicates[i]</c>, with letter kind
/// <c>Kinds[i]</c> from <c>Senders[i]</c>: seeds at step 0 and visits without mail later (kind 0,
/// sender -1), or broadcasts (kind 4 positive, 5 negative; the sender is the campaign number).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.mail-batch")]
public sealed record MailBatch(
    [property: Id(0)] int Step,
    [property: Id(1)] int[] Targets,
    [property: Id(2)] int[] Replicates,
    [property: Id(3)] int[] Senders,
    [property: Id(4)] int[] Kinds);
