namespace InfluenceSim.Abstractions.Messages;

/// <summary>One model parameter: a constant (shape 0), uniform [First, Second] (1) or normal (First, Second) (2).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.parameter-setup")]
public sealed record ParameterSetup(
    [property: Id(0)] string Key,
    [property: Id(1)] int Shape,
    [property: Id(2)] double First,
    [property: Id(3)] double Second);
