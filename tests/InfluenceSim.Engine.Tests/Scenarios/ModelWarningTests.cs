namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>Warnings for what greedy's estimate leaves out, and for a bass model that no campaign lets innovate, each at its key.</summary>
public sealed class ModelWarningTests
{
    private const string Greedy = "name: a\nnetwork: { generator: star, nodes: 20 }\nmodel: { kind: independent-cascade, probability: 0.1, prescribing-steps: 2, aversion: 0.5 }\nseeding: { strategy: greedy, count: 2 }\n";

    private static string[] Warnings(string text) => [.. ScenarioText.Parse(text).Warnings.Select(w => w.ToString())];

    [Fact]
    public void Greedy_names_the_campaigns_traits_and_aversion_its_estimate_leaves_out()
    {
        string text = Greedy + "campaigns: [{ at: 1, reach: 0.1 }]\npopulation: { traits: { credibility: 0.5, satisfaction: 0.9 } }\n";

        Assert.Contains(
            "s.yaml:4:22: 'seeding.strategy': greedy (celf) estimates spread under model independent-cascade's tie rules alone (each tie's probability and prescribing-steps); its estimate leaves out the campaign, traits (credibility, satisfaction), aversion 0.5, which the run applies",
            Warnings(text));
    }

    [Fact]
    public void Greedy_on_plain_independent_cascade_has_nothing_to_leave_out()
    {
        Assert.Empty(Warnings(Greedy.Replace(", aversion: 0.5", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Compare_seeding_with_greedy_warns_at_compare_seeding()
    {
        string text = "name: a\nnetwork: { generator: star, nodes: 20 }\nmodel: { kind: independent-cascade, probability: 0.1, aversion: 0.5 }\ncompare-seeding: [random, greedy]\nseeding: { count: 2 }\n";

        Assert.Equal(
            ["s.yaml:4:1: 'compare-seeding': greedy (celf) estimates spread under model independent-cascade's tie rules alone (each tie's probability and prescribing-steps); its estimate leaves out aversion 0.5, which the run applies"],
            Warnings(text));
    }

    [Fact]
    public void Bass_without_a_campaign_warns_at_the_kind_with_the_campaign_that_gives_the_classic_curve()
    {
        string text = "name: a\nmax-steps: 60\nnetwork: { generator: complete, nodes: 20 }\nmodel:\n  kind: bass\n";

        Assert.Equal(
            ["s.yaml:5:9: 'model.kind': bass innovates only through broadcasts and the scenario has no campaign, so no node adopts by innovation; for the classic Bass curve add the one line 'campaigns: [{ at: 1, until: 60, reach: 1 }]'"],
            Warnings(text));
        Assert.Empty(Warnings(text + "campaigns: [{ at: 1, until: 60, reach: 1 }]\n"));
    }
}
