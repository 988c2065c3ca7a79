using System.Diagnostics.CodeAnalysis;
using InfluenceSim.Grains.Placement;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.GrainDirectory;

namespace InfluenceSim.Host;

/// <summary>
/// The silo's grain directory cache (Orleans' custom caching strategy): the node grains its partitions entered
/// in <see cref="LocalNodeGrains"/>, answered with this silo, before Orleans' own LRU cache, which holds every
/// other grain. A call to an entered node grain is addressed at once; any other node grain goes through
/// placement (<see cref="CallerSiloPlacement"/>) as before.
/// </summary>
public sealed class NodeGrainDirectoryCache : IGrainDirectoryCache, IAsyncDisposable
{
    private readonly LocalNodeGrains _nodes;
    private readonly IGrainDirectoryCache _others;

    /// <summary>The cache over <paramref name="nodes"/>, with Orleans' LRU cache sized by <paramref name="options"/> behind it.</summary>
    public NodeGrainDirectoryCache(IServiceProvider services, IOptions<GrainDirectoryOptions> options, LocalNodeGrains nodes)
    {
        ArgumentNullException.ThrowIfNull(options);
        _nodes = nodes;
        _others = GrainDirectoryCacheFactory.CreateGrainDirectoryCache(services, new GrainDirectoryOptions
        {
            CachingStrategy = GrainDirectoryOptions.CachingStrategyType.LRU,
            CacheSize = options.Value.CacheSize,
            MaximumCacheTTL = options.Value.MaximumCacheTTL,
        });
    }

    public IEnumerable<(GrainAddress ActivationAddress, int Version)> KeyValues =>
        _nodes.Addresses.Select(address => (address, 0)).Concat(_others.KeyValues);

    public void AddOrUpdate(GrainAddress value, int version) => _others.AddOrUpdate(value, version);

    public bool Remove(GrainId key) => _nodes.Forget(key) | _others.Remove(key);

    public bool Remove(GrainAddress key) => _nodes.Forget(key) | _others.Remove(key);

    public void Clear()
    {
        _nodes.Clear();
        _others.Clear();
    }

    public bool LookUp(GrainId key, [NotNullWhen(true)] out GrainAddress? result, out int version)
    {
        version = 0;
        return _nodes.TryGet(key, out result) || _others.LookUp(key, out result, out version);
    }

    public ValueTask DisposeAsync() => _others is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
