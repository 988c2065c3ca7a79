using InfluenceSim.Models.Market;

namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>The campaigns: list: timing, reach or count, eligibility, valence and persuasion, with every bad value at its line.</summary>
public sealed class CampaignTests
{
    private const string Segments = "population: { segments: [{ name: fans, share: 0.2 }, { name: sceptics, share: 0.3 }] }\n";

    [Fact]
    public void Without_the_list_there_is_no_campaign()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade);

        Assert.Empty(scenario.Market.Campaigns);
        Assert.Null(scenario.Resolved["campaigns"]);
    }

    [Fact]
    public void A_campaign_with_at_and_reach_takes_the_defaults()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + "campaigns:\n  - { at: 3, reach: 0.1 }\n  - { at: 5, count: 4 }\n");

        Assert.Equal(
            [
                new CampaignSettings("campaign-0", 3, 3, new AudienceSettings(0.1, null, Eligibility.Everyone), Valence.Positive, 1),
                new CampaignSettings("campaign-1", 5, 5, new AudienceSettings(null, 4, Eligibility.Everyone), Valence.Positive, 1),
            ],
            scenario.Market.Campaigns);
        Assert.Equal(
            """[{"name":"campaign-0","at":3,"until":3,"reach":0.1,"eligible":"everyone","valence":"positive","persuasion":1},{"name":"campaign-1","at":5,"until":5,"count":4,"eligible":"everyone","valence":"positive","persuasion":1}]""",
            scenario.Resolved["campaigns"]!.ToJsonString());
    }

    [Fact]
    public void Every_campaign_key_is_read()
    {
        var scenario = ScenarioText.Parse(MarketText.Cascade + Segments + """
            campaigns:
              - name: launch
                at: 1
                until: 5000
                reach: 0.05
                eligible: { segment: sceptics }
                valence: negative
                persuasion: 0.4
              - { name: vip, at: 2, count: 0, eligible: { top-degree: 0.01 } }
            """);

        Assert.Equal(
            [
                new CampaignSettings("launch", 1, 5000, new AudienceSettings(0.05, null, new Eligibility(EligibleKind.Segment, Segment: 1)), Valence.Negative, 0.4),
                new CampaignSettings("vip", 2, 2, new AudienceSettings(null, 0, new Eligibility(EligibleKind.TopDegree, Share: 0.01)), Valence.Positive, 1),
            ],
            scenario.Market.Campaigns);
        Assert.Equal(
            """[{"name":"launch","at":1,"until":5000,"reach":0.05,"eligible":{"segment":"sceptics"},"valence":"negative","persuasion":0.4},{"name":"vip","at":2,"until":2,"count":0,"eligible":{"top-degree":0.01},"valence":"positive","persuasion":1}]""",
            scenario.Resolved["campaigns"]!.ToJsonString());
    }

    [Theory]
    [InlineData("campaigns: { at: 1 }", "s.yaml:4:12: 'campaigns' must be a list of campaigns, each a mapping with at and reach or count, found a mapping")]
    [InlineData("campaigns: [launch]", "s.yaml:4:13: 'campaigns[0]' must be a mapping with at and reach or count, found 'launch'")]
    [InlineData("campaigns: [{ reach: 0.1 }]", "s.yaml:4:13: missing required key 'campaigns[0].at'")]
    [InlineData("campaigns: [{ at: 0, reach: 0.1 }]", "s.yaml:4:19: 'campaigns[0].at' must be an integer from 1 to 1000000, found 0")]
    [InlineData("campaigns: [{ at: 1.5, reach: 0.1 }]", "s.yaml:4:19: 'campaigns[0].at' must be an integer from 1 to 1000000, found 1.5")]
    [InlineData("campaigns: [{ at: 4, until: 3, reach: 0.1 }]", "s.yaml:4:29: 'campaigns[0].until' must be an integer from 4 to 1000000 (at most max-steps matter), found 3")]
    [InlineData("campaigns: [{ at: 1 }]", "s.yaml:4:13: missing required key 'campaigns[0].reach' or 'campaigns[0].count'")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, count: 3 }]", "s.yaml:4:34: give either 'campaigns[0].reach' or 'campaigns[0].count', not both")]
    [InlineData("campaigns: [{ at: 1, reach: 1.1 }]", "s.yaml:4:29: 'campaigns[0].reach' must be a number from 0 to 1, found 1.1")]
    [InlineData("campaigns: [{ at: 1, count: -1 }]", "s.yaml:4:29: 'campaigns[0].count' must be an integer from 0 to 2147483647, found -1")]
    [InlineData("campaigns: [{ at: 1, reech: 0.1 }]", "s.yaml:4:22: unknown key 'reech' in 'campaigns[0]'; did you mean 'reach'?")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, eligible: all }]", "s.yaml:4:44: 'campaigns[0].eligible' must be everyone, { segment: NAME } or { top-degree: SHARE }, found 'all'")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, eligible: { segment: fans } }]", "s.yaml:4:55: 'campaigns[0].eligible.segment' must name a segment of population.segments (which declares none), found 'fans'")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, eligible: { top-degree: 0 } }]", "s.yaml:4:58: 'campaigns[0].eligible.top-degree' must be a number greater than 0 and at most 1, found 0")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, eligible: { top_degree: 0.1 } }]", "s.yaml:4:46: unknown key 'top_degree' in 'campaigns[0].eligible'; did you mean 'top-degree'?")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, valence: neutral }]", "s.yaml:4:43: 'campaigns[0].valence' must be one of positive, negative, found 'neutral'")]
    [InlineData("campaigns: [{ at: 1, reach: 0.1, persuasion: 2 }]", "s.yaml:4:46: 'campaigns[0].persuasion' must be a number from 0 to 1, found 2")]
    [InlineData("campaigns: [{ name: 'a b', at: 1, reach: 0.1 }]", "s.yaml:4:21: 'campaigns[0].name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found the string \"a b\"")]
    [InlineData("campaigns: [{ name: campaign-1, at: 1, reach: 0.1 }, { at: 2, reach: 0.1 }]", "s.yaml:4:54: 'campaigns[1].name' repeats campaign name 'campaign-1'; campaign names must be unique")]
    public void Bad_campaign_values_are_refused_at_their_place(string block, string expected) =>
        Assert.Equal([expected], ScenarioText.Problems(MarketText.Cascade + block + "\n"));

    [Fact]
    public void An_eligible_segment_must_be_declared()
    {
        string problem = ScenarioText.Problem(MarketText.Cascade + Segments + "campaigns: [{ at: 1, reach: 0.1, eligible: { segment: fan } }]\n");

        Assert.Equal("s.yaml:5:55: 'campaigns[0].eligible.segment' must name a segment of population.segments (fans, sceptics), found 'fan'; did you mean 'fans'?", problem);
    }
}
