using InfluenceSim.Networks.Centrality;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>top-degree</c>: the nodes of highest out-degree, ties by lower id.</summary>
public sealed class TopDegreeStrategy() : RankingStrategy(StrategyName)
{
    public const string StrategyName = "top-degree";

    public override string Summary => "highest out-degree, ties by lower id";

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(CentralityRanking.TopByDegree(context.Network, take));
    }
}
