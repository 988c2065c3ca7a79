namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// The messages a process sent over the network and their bytes (each message's serialised header and body, as Orleans
/// records them), split by destination: other silos (for a client, the silos' gateways) and clients (docs/cluster.md
/// "Sizing a cluster").
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.sent-traffic")]
public sealed record SentTraffic(
    [property: Id(0)] long MessagesToSilos, [property: Id(1)] long BytesToSilos,
    [property: Id(2)] long MessagesToClients, [property: Id(3)] long BytesToClients)
{
    /// <summary>Nothing sent.</summary>
    public static SentTraffic None { get; } = new(0, 0, 0, 0);

    /// <summary>What was sent since <paramref name="earlier"/>, a reading of the same counts.</summary>
    public SentTraffic Since(SentTraffic earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new(MessagesToSilos - earlier.MessagesToSilos, BytesToSilos - earlier.BytesToSilos, MessagesToClients - earlier.MessagesToClients, BytesToClients - earlier.BytesToClients);
    }

    /// <summary>This and <paramref name="other"/> together.</summary>
    public SentTraffic Plus(SentTraffic other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(MessagesToSilos + other.MessagesToSilos, BytesToSilos + other.BytesToSilos, MessagesToClients + other.MessagesToClients, BytesToClients + other.BytesToClients);
    }
}
