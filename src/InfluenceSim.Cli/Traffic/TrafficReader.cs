using System.Diagnostics.Metrics;
using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Traffic;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Cli.Traffic;

/// <summary>
/// Reads what every active silo of a cluster has sent over the network (through the <see cref="ISiloTrafficGrain"/>
/// placed on each) and what the runner's own client has sent (its own <see cref="SentMessageMeter"/>), from the
/// moment of its first reading on (docs/cluster.md "Sizing a cluster").
/// </summary>
internal sealed class TrafficReader(IGrainFactory grains, SentMessageMeter runner) : IDisposable
{
    /// <summary>A reader over <paramref name="grains"/>, counting the runner's messages measured by the meters of <paramref name="services"/>.</summary>
    public static TrafficReader For(IGrainFactory grains, IServiceProvider services) =>
        new(grains, new SentMessageMeter(services.GetRequiredService<IMeterFactory>()));

    /// <summary>Every active silo's counts and the runner's, now.</summary>
    public async Task<TrafficReading> ReadAsync()
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var silos = await Task.WhenAll(hosts.Keys.Select(s => ReadAsync(s.ToParsableString())));
        return new(silos.ToDictionary(s => s.Silo, s => s.Sent, StringComparer.Ordinal), runner.Total);
    }

    public void Dispose() => runner.Dispose();

    private async Task<SiloSentTraffic> ReadAsync(string silo)
    {
        var sent = await grains.GetGrain<ISiloTrafficGrain>(silo).Sent();
        return sent.Silo == silo ? sent : throw new InvalidOperationException($"the traffic of silo {silo} was answered by silo {sent.Silo}");
    }
}
