using InfluenceSim.Engine.Seeding.Strategies;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>A strategy the built-in registry does not have: the nodes of lowest id first.</summary>
internal sealed class LowestIdStrategy() : RankingStrategy("lowest-id")
{
    public override string Summary => "the nodes of lowest id";

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken) =>
        new(Enumerable.Range(0, take));
}
