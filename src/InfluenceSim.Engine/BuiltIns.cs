using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Communities;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine;

/// <summary>What a scenario can name out of the box: the built-in models, network generators and seeding strategies (docs/extending.md).</summary>
public static class BuiltIns
{
    /// <summary>
    /// The values of <c>seeding.strategy</c>, in the documented order: validation, the seed planner,
    /// <c>influencesim models</c> and the docs read this list; adding a strategy is one class and one line here.
    /// </summary>
    public static SeedingStrategies Strategies { get; } = new(
    [
        new RandomStrategy(),
        new NetworkRankingStrategy("top-degree", "highest out-degree, ties by lower id", CentralityRanking.TopByDegree),
        new NetworkRankingStrategy("pagerank", "highest PageRank, damping 0.85 (Brin and Page 1998)", (network, take) => CentralityRanking.PageRankTop(network, take)),
        new NetworkRankingStrategy("k-core", "highest coreness, ties by higher degree (Batagelj and Zaversnik 2003)", CentralityRanking.CoreTop),
        new BetweennessStrategy(),
        new NetworkRankingStrategy("community-spread", "the highest-degree node of each community, round robin over communities (largest first)", CommunitySpread.Seeds),
        new GreedyStrategy(),
        new ObservedPrescribersStrategy(),
        new ExplicitStrategy(),
        new NoneStrategy(),
    ]);

    /// <summary>The built-in models, generators and strategies: what a scenario is validated against unless a program registers its own.</summary>
    public static ScenarioRegistries Registries { get; } = new(ModelRegistry.BuiltIn, NetworkGenerators.Default, Strategies);
}
