namespace InfluenceSim.Abstractions.Messages;

/// <summary>What one silo has sent over the network since it started counting, with the silo's address (Orleans' parsable form).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.silo-sent-traffic")]
public sealed record SiloSentTraffic(
    [property: Id(0)] string Silo,
    [property: Id(1)] SentTraffic Sent);
