using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>Parses scenario text named <c>s.yaml</c> and lists the problems it has as contract lines.</summary>
internal static class ScenarioText
{
    public const string File = "s.yaml";

    /// <summary>A valid scenario: erdos-renyi, independent cascade, nothing else.</summary>
    public const string Minimal = """
        name: minimal
        network:
          generator: erdos-renyi
          nodes: 100
          mean-degree: 4
        model:
          kind: independent-cascade
          probability: 0.1
        """;

    public static Scenario Parse(string text, params string[] overrides) =>
        ScenarioLoader.Parse(text, File, AppContext.BaseDirectory, overrides, [], BuiltIns.Registries);

    /// <summary>Parses with <c>--set</c> overrides and <c>--sweep</c> axes.</summary>
    public static Scenario Parse(string text, string[] overrides, string[] sweeps) =>
        ScenarioLoader.Parse(text, File, AppContext.BaseDirectory, overrides, sweeps, BuiltIns.Registries);

    /// <summary>Parses against <paramref name="registries"/> instead of the built-in ones.</summary>
    public static Scenario Parse(string text, ScenarioRegistries registries) =>
        ScenarioLoader.Parse(text, File, AppContext.BaseDirectory, [], [], registries);

    public static string[] Problems(string text, params string[] overrides)
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(text, overrides));
        return [.. error.Problems.Select(p => p.ToString())];
    }

    /// <summary>The single problem of a text that has exactly one.</summary>
    public static string Problem(string text, params string[] overrides) => Assert.Single(Problems(text, overrides));
}
