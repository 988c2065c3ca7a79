using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>explicit</c>: the listed <c>nodes</c> (ids, or labels of a network file), the same in every replicate.</summary>
public sealed class ExplicitStrategy() : PlanningStrategy("explicit")
{
    public override string Summary => "the listed nodes (ids, or labels of a network file)";

    public override SeedingInput Input => SeedingInput.Listed;

    public override Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(SeedPlan.Fixed(context.ExplicitNodes));
    }
}
