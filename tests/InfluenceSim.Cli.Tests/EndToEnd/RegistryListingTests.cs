using InfluenceSim.Engine;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>models</c> lists, after the models, every registered network generator with its keys and every seeding strategy with its settings.</summary>
public sealed class RegistryListingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Models_lists_every_generator_and_strategy_the_registries_hold()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "models");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string text = outcome.Stdout;
        int generators = text.IndexOf("network generators", StringComparison.Ordinal);
        int strategies = text.IndexOf("seeding strategies", StringComparison.Ordinal);
        Assert.True(generators > text.IndexOf("bass", StringComparison.Ordinal) && strategies > generators, text);
        string generatorSection = text[generators..strategies];
        string strategySection = text[strategies..];
        Assert.All(NetworkGenerators.Default.Names, name => Assert.Contains($" {name} ", generatorSection, StringComparison.Ordinal));
        Assert.Contains("mean-degree: a number from 0 to nodes - 1", generatorSection, StringComparison.Ordinal);
        Assert.All(BuiltIns.Strategies.Names, name => Assert.Contains($" {name} ", strategySection, StringComparison.Ordinal));
        Assert.Contains("pilot-replicates", strategySection, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
