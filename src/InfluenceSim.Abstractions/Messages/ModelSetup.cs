namespace InfluenceSim.Abstractions.Messages;

/// <summary>A model kind and its parameter values, as they travel to grains.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.model-setup")]
public sealed record ModelSetup(
    [property: Id(0)] string Kind,
    [property: Id(1)] ParameterSetup[] Parameters);
