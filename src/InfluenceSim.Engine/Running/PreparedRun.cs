using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Running;

/// <summary>A scenario whose network is built and whose explicit seeds are resolved: everything checked, ready to plan seeds and run.</summary>
public sealed record PreparedRun(Scenario Scenario, Network Network, int[] ExplicitNodes, double NetworkBuildSeconds)
{
    /// <summary>The scenario's model settings.</summary>
    public ModelSettings Model => Scenario.Model.Settings;

    /// <summary>Trait values and segments fixed per node by the network file.</summary>
    public NodeAttributeValues Attributes { get; init; } = NodeAttributeValues.None;

    /// <summary>The runner's request for this scenario with the given seeds.</summary>
    public RunRequest ToRequest(SeedPlan seeds) => new(Network, Model, seeds, Scenario.Seed, Scenario.Replicates, Scenario.MaxSteps)
    {
        NetworkBuildSeconds = NetworkBuildSeconds,
        Market = Scenario.Market,
        Attributes = Attributes,
        Events = Scenario.Events,
        RecordNodes = Scenario.RecordNodes,
        Hosting = Scenario.Engine.Hosting,
        Partitions = Scenario.Engine.Partitions,
    };
}
