using System.Diagnostics.Metrics;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Extending.Tests;

/// <summary>The simulation runner a test drives a silo or cluster with, its telemetry on a meter factory of its own.</summary>
internal static class Runners
{
    /// <summary>A runner on <paramref name="grains"/>.</summary>
    public static SimulationRunner On(IGrainFactory grains) =>
        new(grains, new InfluenceSimTelemetry(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()));
}
