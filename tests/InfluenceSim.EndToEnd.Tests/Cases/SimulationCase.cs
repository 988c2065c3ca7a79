using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.EndToEnd.Tests.Cases;

/// <summary>
/// A whole run: network, model, seeding, master seed, replicates and step bound, and the market, node
/// attributes, interaction stream and per-node table around them, runnable on the engine or the oracle.
/// </summary>
public sealed record SimulationCase(Network Network, ModelCase Model, SeedingCase Seeding, long Seed, int Replicates, int MaxSteps)
{
    /// <summary>Population, campaigns and brand stance (plain word of mouth by default).</summary>
    public MarketSettings Market { get; init; } = MarketSettings.Default;

    /// <summary>Trait values and segments fixed per node.</summary>
    public NodeAttributeValues Attributes { get; init; } = NodeAttributeValues.None;

    /// <summary>Whether the interaction stream is recorded, and its cap.</summary>
    public EventsOptions Events { get; init; } = EventsOptions.Off;

    /// <summary>Whether the per-node table (<c>nodes.csv</c>) is recorded.</summary>
    public bool Nodes { get; init; }

    public RunRequest Request() => new(Network, Model.Engine, Seeding.PlanFor(Network, Seed), Seed, Replicates, MaxSteps)
    {
        Market = Market,
        Attributes = Attributes,
        Events = Events,
        RecordNodes = Nodes,
    };

    public Task<RunResult> RunOnAsync(ClusterFixture cluster, EngineHosting hosting = EngineHosting.NodeGrains) =>
        cluster.Runner().RunAsync(Request() with { Hosting = hosting }, cancellationToken: TestContext.Current.CancellationToken);

    public OracleRun RunOracle() =>
        OracleSimulation.Run(Network, Model.Oracle, Seeding.Oracle, Seed, Replicates, MaxSteps, Market, Attributes, Events.Enabled ? Events.Cap : null);
}
