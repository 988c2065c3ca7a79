using InfluenceSim.Networks.Centrality;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>betweenness</c>: the nodes of highest betweenness (Brandes 2001), sampled from <c>samples</c> pivots on large networks (Brandes and Pich 2007).</summary>
public sealed class BetweennessStrategy() : RankingStrategy("betweenness")
{
    public override string Summary => "highest betweenness (Brandes 2001), sampled from samples pivots above 5,000 nodes (Brandes and Pich 2007)";

    protected override IReadOnlyList<SeedingOption> TypedOptions { get; } = [new("samples", options => options.Samples)];

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(CentralityRanking.BetweennessTop(context.Network, take, context.Seeding.Options.Samples, context.MasterSeed));
    }
}
