using InfluenceSim.Engine.Seeding;
using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Admission;

/// <summary>What the resource estimate reads from a scenario (or from <c>bench</c>'s options): sizes and switches, nothing built.</summary>
/// <param name="Nodes">Nodes of the network (estimated from the byte length for a network file).</param>
/// <param name="Ties">Directed ties of the network (expected for a generator, estimated for a file).</param>
/// <param name="Replicates">Replicates of each run.</param>
/// <param name="Hosting">The hosting the estimate is for.</param>
public sealed record RunShape(double Nodes, double Ties, int Replicates, EngineHosting Hosting)
{
    /// <summary>The model (those that read their in-ties, as linear threshold and Bass do, keep a flag per in-tie and replicate).</summary>
    public ModelDefinition Model { get; init; } = ModelRegistry.BuiltIn.Get(ModelCatalogue.IndependentCascade);

    /// <summary>The bound on a replicate's steps.</summary>
    public int MaxSteps { get; init; } = 1000;

    /// <summary>How many runs the network carries one after another (the strategies of <c>compare-seeding</c>; 1 otherwise).</summary>
    public int Groups { get; init; } = 1;

    /// <summary>The replicates of the largest pilot run a strategy declares (<c>StrategyNeeds.PilotReplicates</c>, as observed-prescribers does), or 0.</summary>
    public int PilotReplicates { get; init; }

    /// <summary>Whether the per-node table is recorded.</summary>
    public bool RecordNodes { get; init; }

    /// <summary>The interaction stream's cap, or 0 when the stream is off.</summary>
    public long EventsCap { get; init; }

    /// <summary>Whether the run stores a probability per tie (independent cascade with a named <c>probability</c> rule).</summary>
    public bool StoresTieProbabilities { get; init; }

    /// <summary>The most memory a strategy declares it holds while planning (greedy's reverse-reachable sets), or null.</summary>
    public PlanningMemory? PlanningMemory { get; init; }

    /// <summary>The cores that run replicate batches side by side under blocks hosting.</summary>
    public int Cores { get; init; } = Environment.ProcessorCount;

    /// <summary>The shape of <paramref name="scenario"/> (one sweep point or a scenario without sweep) under <paramref name="hosting"/>.</summary>
    public static RunShape Of(Scenario scenario, EngineHosting hosting)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (nodes, ties) = scenario.Generator.Size(scenario.Network);
        var strategies = ScenarioStrategies.Of(scenario);
        var seeding = scenario.Seeding;
        return new RunShape(nodes, ties, scenario.Replicates, hosting)
        {
            Model = scenario.Model.Definition,
            StoresTieProbabilities = scenario.Model.Definition.HasTieProbabilities && scenario.Model.ProbabilityRule != TieRule.Number,
            MaxSteps = scenario.MaxSteps,
            Groups = strategies.Count,
            PilotReplicates = strategies.Max(s => s.Needs(seeding.Options).PilotReplicates),
            RecordNodes = scenario.RecordNodes,
            EventsCap = scenario.Events.Enabled ? scenario.Events.Cap : 0,
            PlanningMemory = strategies.OfType<PlanningStrategy>().Select(s => s.Memory(seeding, nodes)).OfType<PlanningMemory>().MaxBy(m => m.Bytes),
        };
    }
}
