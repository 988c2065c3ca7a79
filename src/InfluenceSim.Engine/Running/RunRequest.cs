using InfluenceSim.Engine.Seeding;
using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Running;

/// <summary>What one run needs: the network, the model, the seeds, the master seed, the lanes and the step bound.</summary>
public sealed record RunRequest(Network Network, ModelSettings Model, SeedPlan Seeds, long Seed, int Replicates, int MaxSteps)
{
    /// <summary>How many grain calls may be outstanding at once (the runner's and the coordinator's windows).</summary>
    public int Concurrency { get; init; } = 2048;

    /// <summary>Seconds spent building the network, carried into the result's timings.</summary>
    public double NetworkBuildSeconds { get; init; }
}
