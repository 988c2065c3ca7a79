using System.Net;
using System.Net.Sockets;

namespace InfluenceSim.Testing;

/// <summary>Loopback ports nothing listens on right now, for the servers and silos a test starts.</summary>
public static class FreePorts
{
    /// <summary><paramref name="count"/> distinct free loopback ports.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
