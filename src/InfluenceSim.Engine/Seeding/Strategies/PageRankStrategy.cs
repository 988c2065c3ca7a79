using InfluenceSim.Networks.Centrality;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>pagerank</c>: the nodes of highest PageRank (Brin and Page 1998; docs/centrality.md).</summary>
public sealed class PageRankStrategy() : RankingStrategy(StrategyName)
{
    public const string StrategyName = "pagerank";

    public override string Summary => "highest PageRank, damping 0.85 (Brin and Page 1998)";

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(CentralityRanking.PageRankTop(context.Network, take));
    }
}
