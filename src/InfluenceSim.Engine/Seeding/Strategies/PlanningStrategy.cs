using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary>
/// A seeding strategy the runner can plan: the descriptor validation reads (<see cref="SeedingStrategy"/>)
/// and how it chooses the seeds of every replicate (docs/extending.md).
/// </summary>
/// <param name="name">The name a scenario writes under <c>seeding.strategy</c> and <c>compare-seeding</c>.</param>
public abstract class PlanningStrategy(string name) : SeedingStrategy(name)
{
    /// <summary>The seeds of every replicate: <see cref="SeedingContext.SeedCount"/> of them, or those <see cref="SeedingSpec.Budget"/> buys.</summary>
    public abstract Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken);

    /// <summary>
    /// The memory planning <paramref name="seeding"/> holds on a network of about <paramref name="nodes"/> nodes
    /// besides the run's own, for the resource estimate that admits or refuses a run; null (the default) when
    /// it holds nothing worth counting.
    /// </summary>
    public virtual PlanningMemory? Memory(SeedingSpec seeding, double nodes) => null;
}
