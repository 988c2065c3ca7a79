using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;

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

    /// <summary>The replicates of a pilot run that runs before the others (observed-prescribers), or 0.</summary>
    public int PilotReplicates { get; init; }

    /// <summary>Whether the per-node table is recorded.</summary>
    public bool RecordNodes { get; init; }

    /// <summary>The interaction stream's cap, or 0 when the stream is off.</summary>
    public long EventsCap { get; init; }

    /// <summary>Whether the run stores a probability per tie (independent cascade with a named <c>probability</c> rule).</summary>
    public bool StoresTieProbabilities { get; init; }

    /// <summary>Node entries the reverse-reachable sets of greedy seeding may hold (0 without them).</summary>
    public double RrEntries { get; init; }

    /// <summary>The cores that run replicate batches side by side under blocks hosting.</summary>
    public int Cores { get; init; } = Environment.ProcessorCount;

    /// <summary>The shape of <paramref name="scenario"/> (one sweep point or a scenario without sweep) under <paramref name="hosting"/>.</summary>
    public static RunShape Of(Scenario scenario, EngineHosting hosting)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (nodes, ties) = scenario.Generator.Size(scenario.Network);
        var strategies = scenario.CompareSeeding ?? [scenario.Seeding.Strategy];
        var options = scenario.Seeding.Options;
        bool ris = strategies.Contains(StrategyNames.Greedy) && options.Estimator is SeedingOptions.Ris or SeedingOptions.Imm;
        return new RunShape(nodes, ties, scenario.Replicates, hosting)
        {
            Model = scenario.Model.Definition,
            StoresTieProbabilities = scenario.Model.Definition.HasTieProbabilities && scenario.Model.ProbabilityRule != TieRule.Number,
            MaxSteps = scenario.MaxSteps,
            Groups = strategies.Count,
            PilotReplicates = strategies.Contains(ObservedPrescribersStrategy.StrategyName) ? options.PilotReplicates : 0,
            RecordNodes = scenario.RecordNodes,
            EventsCap = scenario.Events.Enabled ? scenario.Events.Cap : 0,
            RrEntries = ris ? Math.Min(RrSets(scenario, options, nodes) * nodes, ReverseReachableSets.MaxEntries) : 0,
        };
    }

    /// <summary>
    /// The sets greedy samples: <c>rr-sets</c> for ris; for imm, its final phase's bound when the lower bound
    /// of the optimum is k (the seeds themselves), the most it can ask for. A budget counts as the nodes it
    /// could buy at the cheapest price a cost form guarantees (1 for unit and degree; every node otherwise).
    /// </summary>
    private static double RrSets(Scenario scenario, SeedingOptions options, double nodes)
    {
        int n = (int)Math.Min(nodes, int.MaxValue);
        var seeding = scenario.Seeding;
        int k = seeding.Budget is { } budget
            ? seeding.Cost.Kind is SeedCost.Unit or SeedCost.Degree ? (int)Math.Min(n, Math.Floor(budget)) : n
            : SeedSelection.SeedCount(seeding.Count, seeding.Fraction, n);
        var greedy = GreedyOptions.From(options.Estimator, options.Simulations, options.RrSets, options.Candidates, options.Epsilon, options.L);
        return greedy.Estimator == InfluenceEstimator.Imm ? new ImmBound(n, k, greedy.Epsilon, greedy.L).SetsFor(k) : greedy.RrSetsFor(k);
    }
}
