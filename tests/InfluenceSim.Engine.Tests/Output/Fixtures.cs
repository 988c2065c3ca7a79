using System.Text.Json.Nodes;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>A small hand-made run: 10 nodes, 30 directed ties, two replicates listed out of order.</summary>
internal static class Fixtures
{
    public static RunResult Run(params ReplicateResult[] replicates) =>
        new(10, 30, replicates, new RunTimings(0.5, 0.25, 2, 0));

    public static RunResult TwoReplicates() => Run(
        new ReplicateResult(1, [new StepCounts(0, 2, 2, 0)], 2, 0, 5),
        new ReplicateResult(
            0,
            [new StepCounts(2, 1, 6, 9), new StepCounts(0, 2, 2, 0), new StepCounts(1, 3, 5, 6)],
            6,
            2,
            18));

    /// <summary>One replicate with three of the five messages it delivered kept in the stream: one of each kind.</summary>
    public static RunResult WithEvents() =>
        Run(new ReplicateResult(0, [new StepCounts(0, 1, 1, 0), new StepCounts(1, 1, 2, 3)], 2, 1, 5)) with
        {
            Events =
            [
                new InteractionEvent(0, 1, 0, 1, MessageKind.SocialProof, Valence.Positive, MessageOutcome.Converted),
                new InteractionEvent(0, 1, 0, 2, MessageKind.Prescription, Valence.Negative, MessageOutcome.Averted),
                new InteractionEvent(0, 2, 1, 3, MessageKind.Broadcast, Valence.Positive, MessageOutcome.Ignored),
            ],
            EventsDelivered = 5,
        };

    /// <summary><see cref="Scenario()"/> with the interaction stream on, kept to <paramref name="cap"/> rows.</summary>
    public static Scenario ScenarioWithEvents(long cap) => Scenario() with { Events = new EventsOptions(true, cap) };

    public static Scenario Scenario() =>
        new(
            "quick",
            42,
            2,
            100,
            new NetworkSpec("erdos-renyi", Nodes: 10, MeanDegree: 3),
            new ModelSpec(ModelRegistry.BuiltIn.Get("independent-cascade"), new Dictionary<string, Distribution>()),
            new SeedingSpec("random", Count: 2))
        {
            SourcePath = "/scenarios/quick.yaml",
            SourceHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            Resolved = JsonNode.Parse("""{"name":"quick","seed":42,"replicates":2,"max-steps":100,"network":{"generator":"erdos-renyi","nodes":10,"mean-degree":3}}""")!.AsObject(),
            Locations = new SourceMap("quick.yaml", new Dictionary<string, SourcePosition>()),
            Registries = BuiltIns.Registries,
        };
}
