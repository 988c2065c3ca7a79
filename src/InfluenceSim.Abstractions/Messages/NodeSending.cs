namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node sends at one step of one replicate (delivered at the next): the root and depth of
/// its adoption (every letter carries them), the exposures it causes by kind (social proof,
/// prescriptions, of which negative), prescriptions the brand suppressed, flags (see
/// <see cref="StepReport"/>) and how many letters it sends (they follow the earlier sendings'
/// letters in <see cref="StepReport.Letters"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-sending")]
public readonly record struct NodeSending(
    [property: Id(0)] int Replicate,
    [property: Id(1)] int Root, [property: Id(2)] int Depth,
    [property: Id(3)] int SocialProof, [property: Id(4)] int Prescriptions, [property: Id(5)] int Negative,
    [property: Id(6)] int Suppressed, [property: Id(7)] int Flags,
    [property: Id(8)] int Letters);
