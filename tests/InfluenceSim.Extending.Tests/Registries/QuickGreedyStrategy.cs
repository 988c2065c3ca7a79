using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>
/// A test-only <c>quick-greedy</c> strategy: greedy seeding over ten Monte Carlo simulations per estimate.
/// It declares that it estimates spread under the model, so a model greedy cannot estimate is refused
/// before the run (registered in this program's registry only).
/// </summary>
internal sealed class QuickGreedyStrategy() : PlanningStrategy("quick-greedy")
{
    private const int Simulations = 10;

    public override string Summary => "CELF lazy greedy over ten Monte Carlo simulations per estimate";

    public override StrategyNeeds Needs(SeedingOptions options) => new() { Spread = SpreadEstimate.Simulated };

    public override Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = context.RequireRun(Name);
        var options = GreedyOptions.From(SeedingOptions.Celf, Simulations, rrSets: null, candidates: null);
        return Task.FromResult(SeedPlan.Fixed(GreedySeeding.Select(context.Network, run.Model, context.SeedCount, options, context.MasterSeed)));
    }
}
