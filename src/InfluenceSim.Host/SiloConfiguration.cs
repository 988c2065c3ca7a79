using InfluenceSim.Abstractions.Models;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Grains.Placement;
using InfluenceSim.Grains.Traffic;
using InfluenceSim.Models.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime.GrainDirectory;

namespace InfluenceSim.Host;

/// <summary>The silo settings every InfluenceSim silo needs, embedded or in a test cluster.</summary>
public static class SiloConfiguration
{
    /// <summary>How long one grain call may take: a round on a large network needs more than Orleans' 30 s default.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Applies InfluenceSim's settings: run state lives only in memory, so activations are never
    /// shed on memory pressure; calls may take as long as a round does; partition grains are
    /// spread over the silos by <see cref="PartitionPlacementDirector"/>, and node grains placed on their
    /// partition's silo, outside the grain directory, by <see cref="CallerSiloPlacementDirector"/>, or found there at
    /// once when their partition has entered them in the silo's <see cref="LocalNodeGrains"/> (<see cref="NodeGrainDirectoryCache"/>); each silo holds one
    /// read-only network (<see cref="SiloNetworks"/>) for its partitions in <c>blocks</c>; it
    /// answers what it sent over the network through a <see cref="SiloTrafficGrain"/> placed on it;
    /// its grains run the built-in models and those added with <see cref="AddInfluenceSimModel{TModel}"/>.
    /// </summary>
    public static ISiloBuilder AddInfluenceSim(this ISiloBuilder silo)
    {
        silo.Configure<GrainCollectionOptions>(options =>
        {
            options.EnableActivationSheddingOnMemoryPressure = false;
            options.CollectionAge = TimeSpan.FromHours(2);
        });
        silo.Configure<GrainDirectoryOptions>(options => options.CachingStrategy = GrainDirectoryOptions.CachingStrategyType.Custom);
        silo.Services.AddSingleton(services => new LocalNodeGrains(services.GetRequiredService<ILocalSiloDetails>().SiloAddress));
        silo.Services.AddSingleton<NodeGrainDirectoryCache>();
        silo.Services.AddSingleton<IGrainDirectoryCache>(services => services.GetRequiredService<NodeGrainDirectoryCache>());
        silo.Configure<SiloMessagingOptions>(options =>
        {
            options.ResponseTimeout = CallTimeout;
            options.SystemResponseTimeout = CallTimeout;
        });
        silo.Services.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = CallTimeout);
        silo.AddPlacementDirector<PartitionPlacement, PartitionPlacementDirector>();
        silo.Services.AddSingleton<SiloNetworks>();
        silo.AddPlacementDirector<SiloKeyPlacement, SiloKeyPlacementDirector>();
        silo.AddPlacementDirector<CallerSiloPlacement, CallerSiloPlacementDirector>();
        silo.Services.AddSingleton<SentMessageMeter>();
        silo.Services.AddInfluenceSimModels();
        return silo;
    }

    /// <summary>
    /// Lets the silo's grains run model <typeparamref name="TModel"/>, defined outside InfluenceSim
    /// (docs/extending.md): every silo of a cluster, and the runner, must add it.
    /// </summary>
    public static ISiloBuilder AddInfluenceSimModel<TModel>(this ISiloBuilder silo)
        where TModel : ModelDefinition, new()
    {
        silo.Services.AddInfluenceSimModel<TModel>();
        return silo;
    }

    /// <summary>
    /// When <paramref name="enabled"/>, Orleans' activity propagation: each grain call carries the caller's trace context and
    /// the callee makes a span of it, so one trace follows a run across silos (docs/cluster.md "Telemetry"); off otherwise,
    /// so a run without an exporter pays for no call filter.
    /// </summary>
    public static ISiloBuilder AddGrainCallTracing(this ISiloBuilder silo, bool enabled) => enabled ? silo.AddActivityPropagation() : silo;
}
