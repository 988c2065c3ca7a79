using InfluenceSim.Extending.Tests.Fashion;
using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Extending.Tests;

/// <summary>
/// The fashion model on a cluster of two silos, each adding it with <c>AddInfluenceSimModel</c> on its
/// silo builder (as external silos must), with the runner validating against its own registry.
/// </summary>
public sealed class FashionClusterTests(TwoFashionSilos cluster) : IClassFixture<TwoFashionSilos>
{
    [Fact]
    public Task The_run_folder_agrees_with_the_oracle_across_silos() =>
        FashionScenario.AgreesWithOracleAsync(cluster.Cluster.Client, ModelRegistry.BuiltIn.With(new FashionModel()), "blocks");
}
