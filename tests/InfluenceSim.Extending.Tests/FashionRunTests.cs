namespace InfluenceSim.Extending.Tests;

/// <summary>
/// The fashion model, defined in this project and added to an embedded silo's services (as a
/// program that hosts InfluenceSim does), run end to end under each hosting.
/// </summary>
public sealed class FashionRunTests(FashionSilo fashion) : IClassFixture<FashionSilo>
{
    [Theory]
    [InlineData("node-grains")]
    [InlineData("blocks")]
    public Task The_run_folder_agrees_with_the_oracle(string hosting) =>
        FashionScenario.AgreesWithOracleAsync(fashion.Silo.Grains, fashion.Silo.Models, hosting);
}
