using InfluenceSim.Networks.Communities;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>community-spread</c>: the highest-degree node of each community, round robin over communities, largest first.</summary>
public sealed class CommunitySpreadStrategy() : RankingStrategy(StrategyName)
{
    public const string StrategyName = "community-spread";

    public override string Summary => "the highest-degree node of each community, round robin over communities (largest first)";

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(CommunitySpread.Seeds(context.Network, take));
    }
}
