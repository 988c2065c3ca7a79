using System.Text.Json.Nodes;
using InfluenceSim.Scenarios.Generators;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Scenarios;

/// <summary>A validated scenario: every key resolved, defaults filled in, paths absolute.</summary>
public sealed record Scenario(
    string Name,
    long Seed,
    int Replicates,
    int MaxSteps,
    NetworkSpec Network,
    ModelSpec Model,
    SeedingSpec Seeding)
{
    /// <summary>The file the scenario was read from (absolute path).</summary>
    public required string SourcePath { get; init; }

    /// <summary>SHA-256 of the scenario file's bytes, lowercase hex.</summary>
    public required string SourceHash { get; init; }

    /// <summary>The resolved scenario (after <c>--set</c>, defaults filled in) as written to the manifest.</summary>
    public required JsonObject Resolved { get; init; }

    /// <summary>The <c>population:</c>, <c>campaigns:</c> and <c>brand:</c> blocks (plain word of mouth when absent).</summary>
    public Models.Market.MarketSettings Market { get; init; } = Models.Market.MarketSettings.Default;

    /// <summary>The opt-in interaction stream from <c>outputs:</c>.</summary>
    public EventsOptions Events { get; init; } = EventsOptions.Off;

    /// <summary>Whether the per-node table (<c>outputs: [nodes]</c>) is recorded.</summary>
    public bool RecordNodes { get; init; }

    /// <summary>The <c>engine:</c> block: the hosting and the partitions asked for (never changes a result).</summary>
    public EngineSpec Engine { get; init; } = EngineSpec.Default;

    /// <summary>Warnings that do not stop the run (a trait the model does not use, a campaign that cannot act), each at its line.</summary>
    public IReadOnlyList<ScenarioProblem> Warnings { get; init; } = [];

    /// <summary>The strategies of <c>compare-seeding</c> (random among them), or null when the scenario runs one seeding.</summary>
    public IReadOnlyList<string>? CompareSeeding { get; init; }

    /// <summary>The sweep: its axes and every point's scenario; null when the scenario sweeps nothing.</summary>
    public Sweeps.SweepPlan? Sweep { get; init; }

    /// <summary>Where each key and value stood in the file, for errors found after parsing (e.g. an unknown seed label).</summary>
    public required SourceMap Locations { get; init; }

    /// <summary>The models, generators and strategies the scenario was validated against: the runner builds and seeds with these, never with others (docs/extending.md).</summary>
    public required ScenarioRegistries Registries { get; init; }

    /// <summary>The generator <c>network.generator</c> names.</summary>
    public NetworkGenerator Generator => Registries.Generators.Get(Network.Generator);

    /// <summary>The strategy <paramref name="seeding"/> names (this scenario's seeding, or one of <c>compare-seeding</c>'s).</summary>
    public SeedingStrategy StrategyOf(SeedingSpec seeding)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        return Registries.Strategies.Get(seeding.Strategy);
    }
}
