using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>Bad usage exits 2 with a message and no stack trace; <c>models</c> lists the catalogue.</summary>
public sealed class UsageTests : IDisposable
{
    private const string ScenarioPlaceholder = "SCENARIO";

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run")]
    [InlineData("run", ScenarioPlaceholder, "--bogus")]
    [InlineData("run", ScenarioPlaceholder, "--replicate", "5")]
    [InlineData("run", ScenarioPlaceholder, "--replicates", "many")]
    [InlineData("run", ScenarioPlaceholder, "--otel", "carrier-pigeon")]
    [InlineData("validate", ScenarioPlaceholder, "--out")]
    public async Task Bad_usage_exits_2_with_a_message_and_runs_nothing(params string[] args)
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, [.. args.Select(a => a == ScenarioPlaceholder ? scenario : a)]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.NotEmpty(outcome.ErrorLines);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(["small.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task Models_lists_both_v1_models_with_their_parameters_ranges_and_defaults()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "models");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string text = outcome.Stdout;
        int cascade = text.IndexOf("independent-cascade", StringComparison.Ordinal);
        int threshold = text.IndexOf("linear-threshold", StringComparison.Ordinal);
        Assert.True(cascade >= 0 && threshold > cascade, text);
        string cascadeSection = text[cascade..threshold];
        string thresholdSection = text[threshold..];
        Assert.Contains("probability", cascadeSection, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", cascadeSection, StringComparison.Ordinal);
        Assert.Contains("required", cascadeSection, StringComparison.Ordinal);
        Assert.Contains("threshold", thresholdSection, StringComparison.Ordinal);
        Assert.Contains("[0, 1]", thresholdSection, StringComparison.Ordinal);
        Assert.Contains("distribution", thresholdSection, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
