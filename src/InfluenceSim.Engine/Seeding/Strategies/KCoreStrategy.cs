using InfluenceSim.Networks.Centrality;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>k-core</c>: the nodes of highest coreness (Batagelj and Zaversnik 2003), ties by higher degree.</summary>
public sealed class KCoreStrategy() : RankingStrategy(StrategyName)
{
    public const string StrategyName = "k-core";

    public override string Summary => "highest coreness, ties by higher degree (Batagelj and Zaversnik 2003)";

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(CentralityRanking.CoreTop(context.Network, take));
    }
}
