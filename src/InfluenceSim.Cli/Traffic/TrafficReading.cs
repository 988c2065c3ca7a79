using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Cli.Traffic;

/// <summary>What each silo (by address) and the runner had sent over the network at one moment, or between two moments.</summary>
internal sealed record TrafficReading(IReadOnlyDictionary<string, SentTraffic> Silos, SentTraffic Runner)
{
    /// <summary>What was sent since <paramref name="earlier"/>: per silo of this reading (a silo <paramref name="earlier"/> did not know had sent nothing then), and by the runner.</summary>
    public TrafficReading Since(TrafficReading earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new(
            Silos.ToDictionary(s => s.Key, s => s.Value.Since(earlier.Silos.GetValueOrDefault(s.Key, SentTraffic.None)), StringComparer.Ordinal),
            Runner.Since(earlier.Runner));
    }

    /// <summary>Every silo's traffic together.</summary>
    public SentTraffic AllSilos => Silos.Values.Aggregate(SentTraffic.None, (sum, silo) => sum.Plus(silo));
}
