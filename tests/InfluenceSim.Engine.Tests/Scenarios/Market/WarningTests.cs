namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>Warnings for traits and campaigns the model cannot use, each at its line, and none where they act.</summary>
public sealed class WarningTests
{
    private static string[] Warnings(string text, params string[] overrides) =>
        [.. ScenarioText.Parse(text, overrides).Warnings.Select(w => w.ToString())];

    [Fact]
    public void A_scenario_without_market_blocks_has_no_warnings() => Assert.Empty(Warnings(MarketText.Cascade));

    [Fact]
    public void Threshold_is_ignored_unless_the_model_is_linear_threshold()
    {
        const string Block = "population:\n  traits: { threshold: 0.2 }\n  segments: [{ name: a, share: 0.5, threshold: 0.4 }]\n";

        Assert.Equal(
            [
                "s.yaml:5:13: 'population.traits.threshold' is ignored: only model linear-threshold has a threshold, and the model is independent-cascade",
                "s.yaml:6:37: 'population.segments[0].threshold' is ignored: only model linear-threshold has a threshold, and the model is independent-cascade",
            ],
            Warnings(MarketText.Cascade + Block));
        Assert.Empty(Warnings(MarketText.Threshold + Block));
    }

    [Fact]
    public void Broadcast_susceptibility_is_ignored_when_nothing_broadcasts()
    {
        const string Block = "population: { traits: { broadcast-susceptibility: 0.5 } }\n";

        Assert.Equal(
            ["s.yaml:4:25: 'population.traits.broadcast-susceptibility' is ignored: nothing broadcasts to the nodes (no positive campaign, and the brand does not relay)"],
            Warnings(MarketText.Cascade + Block));
        Assert.Equal(
            [
                "s.yaml:4:25: 'population.traits.broadcast-susceptibility' is ignored: nothing broadcasts to the nodes (no positive campaign, and the brand does not relay)",
                "s.yaml:5:32: 'campaigns[0].valence' negative has no effect: model complex-contagion reads no negative messages (it has no aversion)",
            ],
            Warnings(MarketText.Complex + Block + "campaigns: [{ at: 1, reach: 1, valence: negative }]\n"));
        Assert.Empty(Warnings(MarketText.Cascade + Block + "campaigns: [{ at: 1, reach: 1 }]\n"));
        Assert.Empty(Warnings(MarketText.Cascade + Block + "brand: { stance: relay, share: 0.5 }\n"));
    }

    [Fact]
    public void Prescription_traits_are_ignored_under_complex_contagion()
    {
        Assert.Equal(
            [
                "s.yaml:4:25: 'population.traits.prescription-propensity' is ignored: model complex-contagion has no prescriptions",
                "s.yaml:4:55: 'population.traits.credibility' is ignored: model complex-contagion has no prescriptions",
            ],
            Warnings(MarketText.Complex + "population: { traits: { prescription-propensity: 0.5, credibility: 0.5 } }\n"));
    }

    [Fact]
    public void Prescription_traits_are_used_by_independent_cascade() =>
        Assert.Empty(Warnings(MarketText.Cascade + "population: { traits: { prescription-propensity: 0.5, credibility: 0.5 } }\n"));

    [Fact]
    public void Under_linear_threshold_prescription_traits_need_someone_dissatisfied()
    {
        Assert.Equal(
            [
                "s.yaml:4:25: 'population.traits.credibility' is ignored: under model linear-threshold only dissatisfied adopters prescribe, and no node can be dissatisfied (satisfaction is 1 everywhere)",
                "s.yaml:4:43: 'population.traits.satisfaction' is ignored: under model linear-threshold a dissatisfied adopter only prescribes against, and aversion is 0, so its prescriptions have no effect",
            ],
            Warnings(MarketText.Threshold + "population: { traits: { credibility: 0.5, satisfaction: 1 } }\n"));
    }

    [Fact]
    public void Under_linear_threshold_satisfaction_and_prescription_traits_are_ignored_with_aversion_0()
    {
        Assert.Equal(
            [
                "s.yaml:4:25: 'population.traits.credibility' is ignored: under model linear-threshold only dissatisfied adopters prescribe (against), and aversion is 0, so their prescriptions have no effect",
                "s.yaml:4:43: 'population.traits.satisfaction' is ignored: under model linear-threshold a dissatisfied adopter only prescribes against, and aversion is 0, so its prescriptions have no effect",
            ],
            Warnings(MarketText.Threshold + "population: { traits: { credibility: 0.5, satisfaction: { uniform: [0.5, 1] } } }\n"));
    }

    [Fact]
    public void Satisfaction_is_ignored_under_complex_contagion_even_when_the_brand_relays()
    {
        const string Block = "population: { segments: [{ name: a, share: 1, satisfaction: 0.5 }] }\n";
        const string Expected = "s.yaml:4:47: 'population.segments[0].satisfaction' is ignored: model complex-contagion has no prescriptions, and every adopter counts as satisfied (the brand may relay any of them)";

        Assert.Equal([Expected], Warnings(MarketText.Complex + Block));
        Assert.Equal([Expected], Warnings(MarketText.Complex + Block + "brand: { stance: relay, share: 0.5 }\n"));
    }

    [Fact]
    public void Satisfaction_is_used_by_independent_cascade_whatever_the_aversion() =>
        Assert.Empty(Warnings(MarketText.Cascade + "population: { traits: { satisfaction: 0.5 } }\n"));

    [Fact]
    public void A_negative_campaign_has_no_effect_without_aversion()
    {
        Assert.Equal(
            ["s.yaml:4:34: 'campaigns[0].valence' negative has no effect: model complex-contagion reads no negative messages (it has no aversion)"],
            Warnings(MarketText.Complex + "campaigns: [{ at: 1, reach: 0.5, valence: negative }]\n"));
    }

    [Fact]
    public void A_warning_given_by_an_override_is_located_in_it()
    {
        Assert.Equal(
            ["--set population.traits.threshold=0.3:1:19: 'population.traits.threshold' is ignored: only model linear-threshold has a threshold, and the model is independent-cascade"],
            Warnings(MarketText.Cascade, "population.traits.threshold=0.3"));
    }
}
