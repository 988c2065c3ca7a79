using System.Text.Json.Nodes;
using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Scenarios.Validation;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary>
/// <c>greedy</c>: influence maximisation for the scenario's model (Kempe, Kleinberg and Tardos 2003):
/// CELF over Monte Carlo estimates, or reverse-reachable sets (docs/influence-maximisation.md).
/// </summary>
public sealed class GreedyStrategy() : PlanningStrategy(StrategyNames.Greedy)
{
    public override string Summary => "influence maximisation for the model: CELF lazy greedy over Monte Carlo estimates, or reverse-reachable sets (RIS, IMM)";

    public override IReadOnlyList<string> Options { get; } = ["estimator", "simulations", "rr-sets", "candidates", "epsilon", "l"];

    public override void WriteOptions(JsonObject seeding, SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        ArgumentNullException.ThrowIfNull(options);
        seeding["estimator"] = options.Estimator;
        seeding["simulations"] = options.Simulations;
        ResolvedJson.Add(seeding, "rr-sets", options.RrSets);
        ResolvedJson.Add(seeding, "candidates", options.Candidates);
        if (options.Estimator == SeedingOptions.Imm)
        {
            seeding["epsilon"] = options.Epsilon;
            seeding["l"] = options.L;
        }
    }

    /// <summary>A spread estimate under the model: by simulation (celf) or by reverse-reachable sets (ris, imm).</summary>
    public override StrategyNeeds Needs(SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new() { Spread = SamplesSets(options) ? SpreadEstimate.ReverseReachableSets : SpreadEstimate.Simulated };
    }

    /// <summary>Under ris and imm, the reverse-reachable sets, at most <see cref="ReverseReachableSets.MaxEntries"/> node entries.</summary>
    public override PlanningMemory? Memory(SeedingSpec seeding, double nodes)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        if (!SamplesSets(seeding.Options))
        {
            return null;
        }

        double entries = Math.Min(RrSets(seeding, nodes) * nodes, ReverseReachableSets.MaxEntries);
        return new PlanningMemory("reverse-reachable sets", ReverseReachableMemory.Bytes(entries), ReverseReachableMemory.Count(entries));
    }

    public override Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = context.RequireRun(Name);
        var network = context.Network;
        var options = Greedy(context.Seeding.Options);
        long seed = context.MasterSeed;
        if (context.Seeding.Budget is { } budget)
        {
            var costs = context.Costs();
            return Task.FromResult(Select(run, note => GreedySeeding.SelectWithin(network, run.Model, costs, budget, options, seed, note)));
        }

        int k = context.SeedCount;
        return Task.FromResult(Select(run, note => GreedySeeding.Select(network, run.Model, k, options, seed, note)));
    }

    private static bool SamplesSets(SeedingOptions options) => options.Estimator is SeedingOptions.Ris or SeedingOptions.Imm;

    /// <summary>
    /// The sets greedy samples: <c>rr-sets</c> for ris; for imm, its final phase's bound when the lower bound
    /// of the optimum is k (the seeds themselves), the most it can ask for. A budget counts as the nodes it
    /// could buy at the cheapest price a cost form guarantees (1 for unit and degree; every node otherwise).
    /// </summary>
    private static double RrSets(SeedingSpec seeding, double nodes)
    {
        int n = (int)Math.Min(nodes, int.MaxValue);
        int k = seeding.Budget is { } budget
            ? seeding.Cost.Kind is SeedCost.Unit or SeedCost.Degree ? (int)Math.Min(n, Math.Floor(budget)) : n
            : SeedSelection.SeedCount(seeding.Count, seeding.Fraction, n);
        var greedy = Greedy(seeding.Options);
        return greedy.Estimator == InfluenceEstimator.Imm ? new ImmBound(n, k, greedy.Epsilon, greedy.L).SetsFor(k) : greedy.RrSetsFor(k);
    }

    private static GreedyOptions Greedy(SeedingOptions options) =>
        GreedyOptions.From(options.Estimator, options.Simulations, options.RrSets, options.Candidates, options.Epsilon, options.L);

    /// <summary>Greedy's seeds with the note its estimator gives; IMM's refusal to sample more than fits is reported at <c>seeding.estimator</c>.</summary>
    private static SeedPlan Select(PreparedRun run, Func<Action<string>, int[]> select)
    {
        string? note = null;
        try
        {
            int[] seeds = [.. select(text => note = text)];
            Array.Sort(seeds);
            return SeedPlan.Fixed(seeds, note);
        }
        catch (ReverseReachableLimitException e)
        {
            const string path = "seeding.estimator";
            var at = run.Scenario.Locations.Locate(path);
            throw new ScenarioException([new ScenarioProblem(run.Scenario.Locations.FileOf(path), at.Line, at.Column, $"{path}: {e.Message}")]);
        }
    }
}
