namespace InfluenceSim.Abstractions.Messages;

/// <summary>Orders for the next step: node <c>Targets[i]</c>, replicate <c>Replicates[i]</c> (seeds at step 0, visits without mail later).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.mail-batch")]
public sealed record MailBatch(
    [property: Id(0)] int Step,
    [property: Id(1)] int[] Targets,
    [property: Id(2)] int[] Replicates);
