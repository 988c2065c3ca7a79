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
