using System.Diagnostics.Metrics;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Traffic;

/// <summary>
/// Counts what one host's Orleans runtime (a silo, or a client) sends over the network from the moment it is made: it
/// listens to Orleans' <c>orleans-messaging-sent-messages-size</c> histogram (one measurement per message sent on a
/// connection, its serialised header and body) of the host's own meter, and adds each message to the silos or to the
/// clients by the measurement's <c>ConnectionDirection</c> tag. Messages that stay in the process are not measured.
/// </summary>
public sealed class SentMessageMeter : IDisposable
{
    /// <summary>The name of Orleans' meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' histogram of the size of each message sent, in bytes.</summary>
    public const string SentMessagesSize = "orleans-messaging-sent-messages-size";

    private const string DirectionTag = "ConnectionDirection";
    private const string GatewayToClient = "GatewayToClient";

    private readonly MeterListener _listener = new();
    private long _messagesToSilos;
    private long _bytesToSilos;
    private long _messagesToClients;
    private long _bytesToClients;

    /// <summary>Starts counting the messages measured by the meters <paramref name="meters"/> made (the host's own, so another host in the process is not counted).</summary>
    public SentMessageMeter(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == SentMessagesSize && instrument.Meter.Name == OrleansMeter && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, bytes, tags, _) => Add(bytes, tags));
        _listener.Start();
    }

    /// <summary>What has been sent since the meter was made.</summary>
    public SentTraffic Total => new(Interlocked.Read(ref _messagesToSilos), Interlocked.Read(ref _bytesToSilos), Interlocked.Read(ref _messagesToClients), Interlocked.Read(ref _bytesToClients));

    public void Dispose() => _listener.Dispose();

    private void Add(int bytes, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (ToClient(tags))
        {
            Interlocked.Increment(ref _messagesToClients);
            Interlocked.Add(ref _bytesToClients, bytes);
        }
        else
        {
            Interlocked.Increment(ref _messagesToSilos);
            Interlocked.Add(ref _bytesToSilos, bytes);
        }
    }

    /// <summary>Whether a message went from a gateway to a client; every other connection (silo to silo, client to gateway) ends at a silo.</summary>
    private static bool ToClient(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == DirectionTag)
            {
                return tag.Value?.ToString() == GatewayToClient;
            }
        }

        return false;
    }
}
