using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>none</c>: no seeds (adoption comes from campaigns alone).</summary>
public sealed class NoneStrategy() : PlanningStrategy(StrategyNames.None)
{
    public override string Summary => "nobody";

    public override SeedingInput Input => SeedingInput.Nothing;

    public override Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken) => Task.FromResult(SeedPlan.Fixed([]));
}
