namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class KeyProblemTests
{
    [Fact]
    public void Unknown_key_suggests_the_nearest_known_key()
    {
        string problem = ScenarioText.Problem("""
            name: a
            network:
              generator: erdos-renyi
              nodes: 100
              mean-degree: 4
              mean-degre: 4
            model: { kind: independent-cascade, probability: 0.1 }
            """);

        Assert.Equal("s.yaml:6:3: unknown key 'mean-degre' in 'network'; did you mean 'mean-degree'?", problem);
    }

    [Fact]
    public void A_misspelt_block_is_reported_once_as_unknown()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal.Replace("network:", "netwrok:", StringComparison.Ordinal));

        Assert.Equal("s.yaml:2:1: unknown key 'netwrok'; did you mean 'network'?", problem);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_lists_the_known_keys()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal + "\ncolour: red");

        Assert.Equal("s.yaml:9:1: unknown key 'colour' (expected one of: name, seed, replicates, max-steps, network, model, seeding, compare-seeding, sweep, population, campaigns, brand, outputs, events-cap, engine)", problem);
    }

    [Theory]
    [InlineData("maxSteps: 5", "s.yaml:9:1: unknown key 'maxSteps'; did you mean 'max-steps'?")]
    [InlineData("max_steps: 5", "s.yaml:9:1: unknown key 'max_steps'; did you mean 'max-steps'?")]
    [InlineData("sed: 5", "s.yaml:9:1: unknown key 'sed'; did you mean 'seed'?")]
    public void Misspelt_root_keys_get_a_suggestion(string line, string expected) =>
        Assert.Equal(expected, ScenarioText.Problem(ScenarioText.Minimal + "\n" + line));

    [Fact]
    public void Wrong_type_names_key_expectation_and_finding()
    {
        string problem = ScenarioText.Problem("""
            name: a
            replicates: many
            network: { generator: complete, nodes: 10 }
            model: { kind: independent-cascade, probability: 0.1 }
            """);

        Assert.Equal("s.yaml:2:13: 'replicates' must be an integer from 1 to 100000, found 'many'", problem);
    }

    [Theory]
    [InlineData("replicates: 0", "s.yaml:9:13: 'replicates' must be an integer from 1 to 100000, found 0")]
    [InlineData("replicates: 100001", "s.yaml:9:13: 'replicates' must be an integer from 1 to 100000, found 100001")]
    [InlineData("replicates: 2.5", "s.yaml:9:13: 'replicates' must be an integer from 1 to 100000, found 2.5")]
    [InlineData("replicates: '3'", "s.yaml:9:13: 'replicates' must be an integer from 1 to 100000, found the string \"3\"")]
    [InlineData("max-steps: 1000001", "s.yaml:9:12: 'max-steps' must be an integer from 1 to 1000000, found 1000001")]
    [InlineData("max-steps:", "s.yaml:9:11: 'max-steps' must be an integer from 1 to 1000000, found no value")]
    [InlineData("seed: 9223372036854775808", "s.yaml:9:7: 'seed' must be a 64-bit integer, found 9223372036854775808")]
    [InlineData("seed: [1]", "s.yaml:9:7: 'seed' must be a 64-bit integer, found a list")]
    public void Out_of_range_and_mistyped_root_values(string line, string expected) =>
        Assert.Equal(expected, ScenarioText.Problem(ScenarioText.Minimal + "\n" + line));

    [Fact]
    public void Probability_out_of_range()
    {
        string problem = ScenarioText.Problem("""
            name: a
            network: { generator: complete, nodes: 10 }
            model:
              kind: independent-cascade
              probability: 1.5
            """);

        Assert.Equal("s.yaml:5:16: 'model.probability' must be a number from 0 to 1 or one of from-weight, weighted-cascade, trivalency, found 1.5", problem);
    }

    [Fact]
    public void A_misspelt_model_kind_is_reported_as_an_unknown_key_with_its_suggestion()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel:\n  k,nd: independent-cascade\n  probability: 0.1\n");

        Assert.StartsWith("s.yaml:4:3: unknown key 'k,nd' in 'model'", problem, StringComparison.Ordinal);
        Assert.Contains("'kind'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_keys_are_reported_at_their_block()
    {
        string[] problems = ScenarioText.Problems("""
            seed: 3
            network:
              generator: erdos-renyi
              nodes: 100
            model:
              kind: independent-cascade
            """);

        Assert.Equal(
            [
                "s.yaml:1:1: missing required key 'name'",
                "s.yaml:2:1: missing required key 'network.mean-degree' (generator erdos-renyi)",
                "s.yaml:5:1: missing required key 'model.probability' (model independent-cascade)",
            ],
            problems);
    }

    [Fact]
    public void A_missing_top_level_key_is_reported_at_the_first_key()
    {
        string problem = ScenarioText.Problem("# no name\n\nseed: 1\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }");

        Assert.Equal("s.yaml:3:1: missing required key 'name'", problem);
    }

    [Fact]
    public void An_empty_file_misses_name_network_and_model()
    {
        string[] problems = ScenarioText.Problems(string.Empty);

        Assert.Equal(
            [
                "s.yaml:1:1: missing required key 'name'",
                "s.yaml:1:1: missing required key 'network'",
                "s.yaml:1:1: missing required key 'model'",
            ],
            problems);
    }

    [Fact]
    public void A_scenario_must_be_a_mapping()
    {
        Assert.Equal("s.yaml:1:1: a scenario must be a mapping of keys (name: ..., network: ...), found a list", ScenarioText.Problem("- a\n- b"));
    }

    [Fact]
    public void A_block_must_be_a_mapping()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: complete\nmodel: { kind: independent-cascade, probability: 0.1 }");

        Assert.Equal("s.yaml:2:10: 'network' must be a mapping of keys, found 'complete'", problem);
    }

    [Theory]
    [InlineData("name: my scenario", "s.yaml:1:7: 'name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found 'my scenario'")]
    [InlineData("name: ../etc", "s.yaml:1:7: 'name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found '../etc'")]
    [InlineData("name: ''", "s.yaml:1:7: 'name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found the string \"\"")]
    [InlineData("name: ~", "s.yaml:1:7: 'name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found ~")]
    [InlineData("name: café", "s.yaml:1:7: 'name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found 'café'")]
    public void Bad_names(string line, string expected)
    {
        string text = line + "\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }";

        Assert.Equal(expected, ScenarioText.Problem(text));
    }

    [Fact]
    public void A_name_longer_than_100_characters_is_refused()
    {
        string text = $"name: {new string('a', 101)}\nnetwork: {{ generator: complete, nodes: 10 }}\nmodel: {{ kind: independent-cascade, probability: 0.1 }}";

        Assert.StartsWith("s.yaml:1:7: 'name' must be a name of ASCII letters", ScenarioText.Problem(text));
    }

    [Fact]
    public void Several_problems_are_reported_at_once_in_file_order()
    {
        string[] problems = ScenarioText.Problems("""
            name: bad name
            seed: x
            replicats: 3
            network:
              generator: erdos-renyi
              nodes: -5
              mean-degree: 4
              m: 3
            model:
              kind: independent-cascade
              probability: 2
            seeding:
              strategy: random
              count: 5
              fraction: 0.5
            """);

        Assert.Equal(
            [
                "s.yaml:1:7: 'name' must be a name of ASCII letters, digits, '-' and '_' (1 to 100 characters), found 'bad name'",
                "s.yaml:2:7: 'seed' must be a 64-bit integer, found 'x'",
                "s.yaml:3:1: unknown key 'replicats'; did you mean 'replicates'?",
                "s.yaml:6:10: 'network.nodes' must be an integer from 1 to 50000000, found -5",
                "s.yaml:8:3: 'm' is not a parameter of generator erdos-renyi (it belongs to barabasi-albert, powerlaw-cluster)",
                "s.yaml:11:16: 'model.probability' must be a number from 0 to 1 or one of from-weight, weighted-cascade, trivalency, found 2",
                "s.yaml:15:3: give either 'seeding.count' or 'seeding.fraction', not both",
            ],
            problems);
    }
}
