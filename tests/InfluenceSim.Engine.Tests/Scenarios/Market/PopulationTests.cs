using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>The population: block: trait values and distributions, segments and their shares, with every bad value at its line.</summary>
public sealed class PopulationTests
{
    [Fact]
    public void Without_the_block_every_node_has_the_default_traits()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade);

        Assert.Same(MarketSettings.Default.Population, scenario.Market.Population);
        Assert.Null(scenario.Resolved["population"]);
    }

    [Fact]
    public void Traits_and_segments_are_read_as_numbers_and_distributions()
    {
        var scenario = ScenarioText.Parse(MarketText.Threshold + """
            population:
              traits:
                satisfaction: 0.8
                threshold: { uniform: [0.1, 0.3] }
              segments:
                - name: fans
                  share: 0.25
                  broadcast-susceptibility: { normal: [0.6, 0.1] }
                - { name: sceptics, share: 0.5, credibility: 0.2 }
            """);

        var population = scenario.Market.Population;
        Assert.Equal(Distribution.Constant(0.8), population.Traits[Trait.Satisfaction]);
        Assert.Equal(Distribution.Uniform(0.1, 0.3), population.Traits[Trait.Threshold]);
        Assert.Equal(["fans", "sceptics"], population.Segments.Select(s => s.Name));
        Assert.Equal([0.25, 0.5], population.Segments.Select(s => s.Share));
        Assert.Equal(Distribution.Normal(0.6, 0.1), population.Segments[0].Traits[Trait.BroadcastSusceptibility]);
        Assert.Equal(Distribution.Constant(0.2), population.Segments[1].Traits[Trait.Credibility]);
        Assert.Equal(
            """{"traits":{"threshold":{"uniform":[0.1,0.3]},"satisfaction":0.8},"segments":[{"name":"fans","share":0.25,"broadcast-susceptibility":{"normal":[0.6,0.1]}},{"name":"sceptics","share":0.5,"credibility":0.2}]}""",
            scenario.Resolved["population"]!.ToJsonString());
    }

    [Fact]
    public void An_empty_block_resolves_to_no_traits_and_no_segments()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "population: {}\n");

        Assert.Empty(scenario.Market.Population.Traits);
        Assert.Equal("""{"traits":{},"segments":[]}""", scenario.Resolved["population"]!.ToJsonString());
    }

    [Fact]
    public void Shares_that_sum_to_one_after_rounding_are_accepted()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "population:\n  segments: [{ name: a, share: 0.1 }, { name: b, share: 0.2 }, { name: c, share: 0.7 }]\n");

        Assert.Equal(3, scenario.Market.Population.Segments.Count);
    }

    [Theory]
    [InlineData("population: [1]", "s.yaml:4:13: 'population' must be a mapping of keys, found a list")]
    [InlineData("population: { trait: {} }", "s.yaml:4:15: unknown key 'trait' in 'population'; did you mean 'traits'?")]
    [InlineData("population: { traits: [0.5] }", "s.yaml:4:23: 'population.traits' must be a mapping of traits (threshold, broadcast-susceptibility, prescription-propensity, credibility, satisfaction) to values, found a list")]
    [InlineData("population: { traits: { credibilty: 0.5 } }", "s.yaml:4:25: unknown trait 'credibilty' in 'population.traits'; did you mean 'credibility'?")]
    [InlineData("population: { traits: { charm: 0.5 } }", "s.yaml:4:25: unknown trait 'charm' in 'population.traits' (expected one of: threshold, broadcast-susceptibility, prescription-propensity, credibility, satisfaction)")]
    [InlineData("population: { traits: { credibility: 1.5 } }", "s.yaml:4:38: 'population.traits.credibility' must be a number from 0 to 1 or a distribution ({ uniform: [min, max] } or { normal: [mean, sd] }), found 1.5")]
    [InlineData("population: { traits: { satisfaction: { uniform: [0.5, 2] } } }", "s.yaml:4:56: 'population.traits.satisfaction.uniform[1]' must be a number from 0 to 1, found 2")]
    [InlineData("population: { traits: { satisfaction: { beta: [1, 2] } } }", "s.yaml:4:41: unknown distribution 'beta' in 'population.traits.satisfaction' (expected one of: uniform, normal)")]
    [InlineData("population: { segments: { name: a } }", "s.yaml:4:25: 'population.segments' must be a list of segments, each a mapping with name, share and trait values, found a mapping")]
    [InlineData("population: { segments: [fans] }", "s.yaml:4:26: 'population.segments[0]' must be a mapping with name, share and trait values, found 'fans'")]
    [InlineData("population: { segments: [{ share: 0.5 }] }", "s.yaml:4:26: missing required key 'population.segments[0].name'")]
    [InlineData("population: { segments: [{ name: a }] }", "s.yaml:4:26: missing required key 'population.segments[0].share'")]
    [InlineData("population: { segments: [{ name: 'the fans', share: 0.5 }] }", "s.yaml:4:34: 'population.segments[0].name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found the string \"the fans\"")]
    [InlineData("population: { segments: [{ name: a, share: 1.5 }] }", "s.yaml:4:44: 'population.segments[0].share' must be a number from 0 to 1, found 1.5")]
    [InlineData("population: { segments: [{ name: a, share: 0.5, sahre: 0.1 }] }", "s.yaml:4:49: unknown key 'sahre' in 'population.segments[0]'; did you mean 'share'?")]
    [InlineData("population: { segments: [{ name: a, share: 0.5, threshold: -1 }] }", "s.yaml:4:60: 'population.segments[0].threshold' must be a number from 0 to 1 or a distribution ({ uniform: [min, max] } or { normal: [mean, sd] }), found -1")]
    [InlineData("population: { segments: [{ name: a, share: 0.5 }, { name: a, share: 0.1 }] }", "s.yaml:4:59: 'population.segments[1].name' repeats segment name 'a'; segment names must be unique")]
    [InlineData("population: { segments: [{ name: a, share: 0.6 }, { name: b, share: 0.5 }] }", "s.yaml:4:15: the shares of 'population.segments' must sum to at most 1, found 1.1")]
    public void Bad_population_values_are_refused_at_their_place(string block, string expected) =>
        Assert.Equal([expected], ScenarioText.Problems(MarketText.Cascade + block + "\n"));

    [Fact]
    public void Every_problem_of_the_block_is_reported_at_once()
    {
        string[] problems = ScenarioText.Problems(MarketText.Cascade + """
            population:
              traits:
                credibility: 2
              segments:
                - name: a
                  share: -0.1
            """);

        Assert.Equal(
            [
                "s.yaml:6:18: 'population.traits.credibility' must be a number from 0 to 1 or a distribution ({ uniform: [min, max] } or { normal: [mean, sd] }), found 2",
                "s.yaml:9:14: 'population.segments[0].share' must be a number from 0 to 1, found -0.1",
            ],
            problems);
    }
}
