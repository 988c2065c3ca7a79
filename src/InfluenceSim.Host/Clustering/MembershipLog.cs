using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfluenceSim.Host.Clustering;

/// <summary>Logs the silo's address and cluster once it has joined, then the live silos at every membership change.</summary>
internal sealed partial class MembershipLog(IClusterMembershipService membership, ILocalSiloDetails local, ClusterAddress address, string clusterId, ILogger<MembershipLog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Joined(logger, local.SiloAddress.ToParsableString(), clusterId, address.ToString());
        string logged = "";
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                var live = snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress.ToParsableString()).Order(StringComparer.Ordinal).ToArray();
                string silos = string.Join(", ", live);
                if (silos != logged)
                {
                    LiveSilos(logger, live.Length, silos);
                    logged = silos;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "silo {Silo} joined cluster '{ClusterId}' on {Membership}")]
    private static partial void Joined(ILogger logger, string silo, string clusterId, string membership);

    [LoggerMessage(Level = LogLevel.Information, Message = "live silos ({Count}): {Silos}")]
    private static partial void LiveSilos(ILogger logger, int count, string silos);
}
