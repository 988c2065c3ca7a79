namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>none</c>: no seeds (adoption comes from campaigns alone).</summary>
public sealed class NoneStrategy() : SeedingStrategy(StrategyName)
{
    public const string StrategyName = "none";

    public override string Summary => "nobody";

    public override SeedingInput Input => SeedingInput.Nothing;

    public override Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken) => Task.FromResult(SeedPlan.Fixed([]));
}
