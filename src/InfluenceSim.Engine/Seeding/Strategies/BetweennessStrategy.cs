using System.Text.Json.Nodes;
using InfluenceSim.Networks.Centrality;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>betweenness</c>: the nodes of highest betweenness (Brandes 2001), sampled from <c>samples</c> pivots on large networks (Brandes and Pich 2007).</summary>
public sealed class BetweennessStrategy() : RankingStrategy("betweenness")
{
    public override string Summary => "highest betweenness (Brandes 2001), sampled from samples pivots above 5,000 nodes (Brandes and Pich 2007)";

    public override IReadOnlyList<string> Options { get; } = ["samples"];

    public override void WriteOptions(JsonObject seeding, SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        ArgumentNullException.ThrowIfNull(options);
        seeding["samples"] = options.Samples;
    }

    protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(CentralityRanking.BetweennessTop(context.Network, take, context.Seeding.Options.Samples, context.MasterSeed));
    }
}
