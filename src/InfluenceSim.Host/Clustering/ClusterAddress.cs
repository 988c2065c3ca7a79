using System.Globalization;
using StackExchange.Redis;

namespace InfluenceSim.Host.Clustering;

/// <summary>
/// Where an external cluster keeps its membership, from a <c>--cluster</c> URI. The scheme names
/// the Orleans clustering provider (only <c>redis://host:port[/db]</c> today; see docs/cluster.md).
/// </summary>
public sealed record ClusterAddress(string Scheme, string Host, int Port, int Database)
{
    /// <summary>The URI schemes <c>--cluster</c> understands.</summary>
    public const string SupportedSchemes = "redis (redis://host:port[/db])";

    /// <summary>How long a silo or client waits for the membership server before giving up.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The server as host:port.</summary>
    public string Server => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");

    /// <summary>Reads <paramref name="uri"/>; returns null and sets <paramref name="error"/> when it is not a supported cluster URI.</summary>
    public static ClusterAddress? TryParse(string uri, out string error)
    {
        error = $"--cluster: expected a URI of a supported scheme: {SupportedSchemes}; found '{uri}'";
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme != "redis")
        {
            return null;
        }

        string path = parsed.AbsolutePath.Trim('/');
        int database = 0;
        bool valid = parsed.Host.Length > 0
            && uri.Contains($":{parsed.Port}", StringComparison.Ordinal)
            && parsed.Port > 0
            && parsed.UserInfo.Length == 0
            && parsed.Query.Length == 0
            && parsed.Fragment.Length == 0
            && (path.Length == 0 || (int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out database) && database < 16));
        return valid ? new ClusterAddress(parsed.Scheme, parsed.Host, parsed.Port, database) : null;
    }

    /// <summary>The Redis client options: no endless retry, a bounded connect.</summary>
    public ConfigurationOptions RedisOptions()
    {
        var options = new ConfigurationOptions
        {
            AbortOnConnectFail = true,
            ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds,
            ConnectRetry = 1,
            DefaultDatabase = Database,
        };
        options.EndPoints.Add(Host, Port);
        return options;
    }

    /// <summary>Connects to the membership server once; throws <see cref="ClusterUnreachableException"/> naming it when it does not answer in time.</summary>
    public async Task EnsureReachableAsync()
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisOptions());
            await connection.GetDatabase(Database).PingAsync();
        }
        catch (RedisException e)
        {
            throw new ClusterUnreachableException($"the cluster's Redis server {Server} could not be reached: {e.Message}", e);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{Server}/{Database}");
}
