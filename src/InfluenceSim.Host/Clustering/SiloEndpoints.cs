using System.Net;

namespace InfluenceSim.Host.Clustering;

/// <summary>Where a silo process listens: its address (loopback unless said otherwise), silo-to-silo port and client gateway port.</summary>
public sealed record SiloEndpoints(IPAddress Address, int SiloPort, int GatewayPort)
{
    /// <summary>Orleans' usual silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Orleans' usual gateway port.</summary>
    public const int DefaultGatewayPort = 30000;
}
