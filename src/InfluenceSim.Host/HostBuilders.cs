using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfluenceSim.Host;

/// <summary>The bare host every InfluenceSim process (embedded silo, silo process, cluster client) starts from.</summary>
internal static class HostBuilders
{
    /// <summary>A host without configuration sources or default loggers; <paramref name="configureServices"/> adds the caller's services.</summary>
    public static HostApplicationBuilder Create(Action<IServiceCollection>? configureServices, LogLevel level) =>
        Prepare(Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true }), configureServices, level);

    /// <summary>Clears <paramref name="builder"/>'s default loggers, sets the log level and adds the caller's services.</summary>
    public static TBuilder Prepare<TBuilder>(TBuilder builder, Action<IServiceCollection>? configureServices, LogLevel level)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(level);
        configureServices?.Invoke(builder.Services);
        return builder;
    }
}
