using System.Diagnostics.Metrics;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Traffic;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Cli.Tests.Traffic;

/// <summary>
/// The meter counts the measurements of Orleans' sent-message-size histogram made by its own host's meter factory, to
/// silos or to clients by their connection direction, from the moment it is made.
/// </summary>
public sealed class SentMessageMeterTests
{
    [Fact]
    public void Counts_its_hosts_sent_messages_by_direction_and_nothing_else()
    {
        using var host = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var sent = Histogram(host, SentMessageMeter.SentMessagesSize);
        sent.Record(999, Direction("SiloToSilo"));
        using var meter = new SentMessageMeter(host.GetRequiredService<IMeterFactory>());

        sent.Record(100, Direction("SiloToSilo"), new("silo", "127.0.0.1:11112@1"));
        sent.Record(7, Direction("ClientToGateway"));
        sent.Record(40, Direction("GatewayToClient"));
        Histogram(other, SentMessageMeter.SentMessagesSize).Record(500, Direction("SiloToSilo"));
        Histogram(host, "orleans-messaging-received-messages-size").Record(300, Direction("SiloToSilo"));

        Assert.Equal(new SentTraffic(MessagesToSilos: 2, BytesToSilos: 107, MessagesToClients: 1, BytesToClients: 40), meter.Total);
    }

    private static Histogram<int> Histogram(ServiceProvider services, string name) =>
        services.GetRequiredService<IMeterFactory>().Create(SentMessageMeter.OrleansMeter).CreateHistogram<int>(name, "bytes");

    private static KeyValuePair<string, object?> Direction(string direction) => new("ConnectionDirection", direction);
}
