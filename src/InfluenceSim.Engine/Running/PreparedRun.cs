using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Running;

/// <summary>A scenario whose network is built and whose seeds are resolved: everything checked, ready to run.</summary>
public sealed record PreparedRun(Scenario Scenario, Network Network, SeedPlan Seeds, double NetworkBuildSeconds)
{
    /// <summary>The runner's request for this scenario.</summary>
    public RunRequest ToRequest() => new(Network, new ModelSettings(Scenario.Model.Kind, Scenario.Model.Parameters), Seeds, Scenario.Seed, Scenario.Replicates, Scenario.MaxSteps)
    {
        NetworkBuildSeconds = NetworkBuildSeconds,
    };
}
