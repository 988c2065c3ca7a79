using System.Diagnostics;
using System.Text;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class YamlSafetyTests
{
    [Fact]
    public void A_billion_laughs_is_refused_at_its_first_anchor_without_expansion()
    {
        var text = new StringBuilder("name: bomb\n");
        text.Append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char name = 'b'; name <= 'i'; name++)
        {
            string previous = $"*{(char)(name - 1)}";
            text.Append($"{name}: &{name} [{string.Join(",", Enumerable.Repeat(previous, 9))}]\n");
        }

        var clock = Stopwatch.StartNew();
        string problem = ScenarioText.Problem(text.ToString());
        clock.Stop();

        Assert.Equal("s.yaml:2:4: YAML anchors and aliases are not allowed (found anchor '&a')", problem);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_anchor_deep_in_the_file_is_refused_where_it_stands()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal + "\nseeding:\n  strategy: &s random\n  count: 1");

        Assert.Equal("s.yaml:10:13: YAML anchors and aliases are not allowed (found anchor '&s')", problem);
    }

    [Fact]
    public void An_alias_alone_is_refused()
    {
        Assert.Equal("s.yaml:1:7: YAML anchors and aliases are not allowed (found alias '*x')", ScenarioText.Problem("name: *x"));
    }

    [Fact]
    public void Duplicate_keys_are_refused_at_the_second_one()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal + "\nname: again");

        Assert.Equal("s.yaml:9:1: duplicate key 'name' (first given at line 1, column 1)", problem);
    }

    [Fact]
    public void Duplicate_keys_in_a_flow_mapping()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: { generator: complete, nodes: 10, nodes: 20 }\nmodel: { kind: independent-cascade, probability: 0.1 }");

        Assert.Equal("s.yaml:2:44: duplicate key 'nodes' (first given at line 2, column 33)", problem);
    }

    [Fact]
    public void A_syntax_error_is_one_problem_at_the_parser_mark()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork:\n  generator: complete\n nodes: 10\n");

        Assert.Equal("s.yaml:4:2: YAML syntax error: While parsing a block mapping, did not find expected key.", problem);
    }

    [Fact]
    public void An_unclosed_flow_list_is_a_syntax_error()
    {
        string problem = ScenarioText.Problem("name: a\nseeding: { strategy: explicit, nodes: [1, 2 }\n");

        Assert.StartsWith("s.yaml:2:", problem);
        Assert.Contains("YAML syntax error: ", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: x\nnetwork: { b: 1\nmodel: 2\n", "s.yaml:3:1: YAML syntax error: the flow mapping '{' opened at line 2, column 10 is not closed (expected ',' or '}' before this point)")]
    [InlineData("name: x\nseeding: { nodes: [1, 2\nmodel: 2\n", "s.yaml:3:1: YAML syntax error: the flow list '[' opened at line 2, column 19 is not closed (expected ',' or ']' before this point)")]
    public void A_flow_collection_left_open_before_a_block_key_is_a_syntax_error_where_the_key_stands(string text, string expected) =>
        Assert.Equal(expected, ScenarioText.Problem(text));

    [Fact]
    public void A_second_document_is_refused()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal + "\n---\nname: b");

        Assert.Equal("s.yaml:9:1: a scenario holds one YAML document, found a second one ('---')", problem);
    }

    [Fact]
    public void Nesting_deeper_than_32_levels_is_refused()
    {
        string text = "name: a\nx: " + new string('[', 40) + new string(']', 40);

        Assert.Equal("s.yaml:2:35: lists and mappings nested deeper than 32 levels", ScenarioText.Problem(text));
    }

    [Fact]
    public void Nesting_of_32_levels_is_read()
    {
        string text = ScenarioText.Minimal + "\nx: " + new string('[', 31) + new string(']', 31);

        Assert.Equal("s.yaml:9:1: unknown key 'x' (expected one of: name, seed, replicates, max-steps, network, model, seeding, compare-seeding, sweep, population, campaigns, brand, outputs, events-cap, engine)", ScenarioText.Problem(text));
    }

    [Fact]
    public void More_than_100000_nodes_are_refused()
    {
        string text = "name: a\nx: [" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "]";

        string problem = ScenarioText.Problem(text);

        Assert.StartsWith("s.yaml:2:", problem);
        Assert.EndsWith(": the scenario has more than 100000 YAML nodes", problem);
    }

    [Fact]
    public void Unknown_tags_are_refused()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal.Replace("nodes: 100", "nodes: !big 100", StringComparison.Ordinal));

        Assert.Equal("s.yaml:4:10: unsupported YAML tag '!big' (only YAML's core tags such as !!str are allowed)", problem);
    }

    [Fact]
    public void Keys_must_be_scalars()
    {
        Assert.Equal("s.yaml:2:3: a key must be a scalar, not a list or a mapping", ScenarioText.Problem("name: a\n? [x]\n: 1"));
    }
}
