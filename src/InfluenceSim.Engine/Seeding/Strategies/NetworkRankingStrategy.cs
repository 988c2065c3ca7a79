using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary>A strategy whose ranking is one function of the network: the centrality strategies of <see cref="BuiltIns.Strategies"/> are one line each.</summary>
/// <param name="name">The strategy's name.</param>
/// <param name="summary">One line saying how it ranks, with its source.</param>
/// <param name="rank">The best <c>take</c> nodes of the network, best first.</param>
public sealed class NetworkRankingStrategy(string name, string summary, Func<Network, int, IEnumerable<int>> rank) : RankingStrategy(name)
{
    public override string Summary => summary;

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(rank(context.Network, take));
    }
}
