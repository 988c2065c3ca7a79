using InfluenceSim.Models.Market;

namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>The brand: block: stances, shares, the relay audience and persuasion, with every bad value at its line.</summary>
public sealed class BrandTests
{
    [Fact]
    public void Without_the_block_the_brand_is_neutral()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade);

        Assert.Same(BrandSettings.Neutral, scenario.Market.Brand);
        Assert.Null(scenario.Resolved["brand"]);
    }

    [Fact]
    public void An_empty_block_is_a_neutral_brand()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "brand: {}\n");

        Assert.Same(BrandSettings.Neutral, scenario.Market.Brand);
        Assert.Equal("""{"stance":"neutral"}""", scenario.Resolved["brand"]!.ToJsonString());
    }

    [Fact]
    public void Suppress_takes_a_share()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "brand: { stance: suppress, share: 0.3 }\n");

        Assert.Equal(new BrandSettings(BrandStance.Suppress, 0.3, AudienceSettings.All, 1), scenario.Market.Brand);
        Assert.Equal("""{"stance":"suppress","share":0.3}""", scenario.Resolved["brand"]!.ToJsonString());
    }

    [Fact]
    public void Relay_defaults_to_everyone_reached_with_persuasion_1()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "brand: { stance: relay, share: 0.5 }\n");

        Assert.Equal(new BrandSettings(BrandStance.Relay, 0.5, AudienceSettings.All, 1), scenario.Market.Brand);
        Assert.Equal("""{"stance":"relay","share":0.5,"audience":{"reach":1,"eligible":"everyone"},"persuasion":1}""", scenario.Resolved["brand"]!.ToJsonString());
    }

    [Fact]
    public void Relay_reads_its_audience_and_persuasion()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + """
            population: { segments: [{ name: fans, share: 0.2 }] }
            brand:
              stance: relay
              share: 0.1
              audience: { count: 50, eligible: { segment: fans } }
              persuasion: 0.3
            """);

        Assert.Equal(new BrandSettings(BrandStance.Relay, 0.1, new AudienceSettings(null, 50, new Eligibility(EligibleKind.Segment, Segment: 0)), 0.3), scenario.Market.Brand);
        Assert.Equal("""{"stance":"relay","share":0.1,"audience":{"count":50,"eligible":{"segment":"fans"}},"persuasion":0.3}""", scenario.Resolved["brand"]!.ToJsonString());
    }

    [Fact]
    public void An_audience_without_reach_or_count_reaches_every_eligible_node()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "brand: { stance: relay, share: 0.1, audience: { eligible: { top-degree: 0.1 } } }\n");

        Assert.Equal(new AudienceSettings(1, null, new Eligibility(EligibleKind.TopDegree, Share: 0.1)), scenario.Market.Brand.Audience);
    }

    [Theory]
    [InlineData("brand: relay", "s.yaml:4:8: 'brand' must be a mapping of keys, found 'relay'")]
    [InlineData("brand: { stance: amplify }", "s.yaml:4:18: 'brand.stance' must be one of neutral, relay, suppress, found 'amplify'")]
    [InlineData("brand: { stance: relay }", "s.yaml:4:1: missing required key 'brand.share' (stance relay)")]
    [InlineData("brand: { stance: suppress }", "s.yaml:4:1: missing required key 'brand.share' (stance suppress)")]
    [InlineData("brand: { stance: suppress, share: 1.5 }", "s.yaml:4:35: 'brand.share' must be a number from 0 to 1, found 1.5")]
    [InlineData("brand: { share: 0.5 }", "s.yaml:4:10: 'brand.share' is not used by stance neutral")]
    [InlineData("brand: { stance: suppress, share: 0.5, persuasion: 0.5 }", "s.yaml:4:40: 'brand.persuasion' is used only by stance relay")]
    [InlineData("brand: { stance: suppress, share: 0.5, audience: { reach: 1 } }", "s.yaml:4:40: 'brand.audience' is used only by stance relay")]
    [InlineData("brand: { stance: relay, share: 0.5, persuasion: -1 }", "s.yaml:4:49: 'brand.persuasion' must be a number from 0 to 1, found -1")]
    [InlineData("brand: { stance: relay, share: 0.5, audience: everyone }", "s.yaml:4:47: 'brand.audience' must be a mapping with reach or count, and eligible, found 'everyone'")]
    [InlineData("brand: { stance: relay, share: 0.5, audience: { reach: 0.5, count: 3 } }", "s.yaml:4:61: give either 'brand.audience.reach' or 'brand.audience.count', not both")]
    [InlineData("brand: { stance: relay, share: 0.5, audience: { at: 3 } }", "s.yaml:4:49: unknown key 'at' in 'brand.audience' (expected one of: reach, count, eligible)")]
    [InlineData("brand: { stance: relay, sahre: 0.5 }", "s.yaml:4:25: unknown key 'sahre' in 'brand'; did you mean 'share'?")]
    public void Bad_brand_values_are_refused_at_their_place(string block, string expected) =>
        Assert.Equal([expected], ScenarioText.Problems(MarketText.Cascade + block + "\n"));
}
