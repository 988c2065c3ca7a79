using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class JsonInputTests
{
    private const string Valid = """
        {
        	"name": "json-scenario",
        	"seed": 42,
        	"network": {"generator": "barabasi-albert", "nodes": 500, "m": 3},
        	"model": {"kind": "linear-threshold", "threshold": {"normal": [0.4, 0.1]}},
        	"seeding": {"strategy": "explicit", "nodes": [1, 2]}
        }
        """;

    [Fact]
    public void A_json_file_is_read_like_yaml()
    {
        using var folder = new TempFolder();
        string path = folder.Write("scenario.json", Valid);

        var scenario = ScenarioLoader.Load(path, [], [], BuiltIns.Registries);

        Assert.Equal("json-scenario", scenario.Name);
        Assert.Equal(42, scenario.Seed);
        Assert.Equal(new NetworkSpec("barabasi-albert", Nodes: 500, M: 3), scenario.Network);
        Assert.Equal(["1", "2"], scenario.Seeding.Nodes);
        Assert.Equal(path, scenario.SourcePath);
    }

    [Fact]
    public void Compact_json_with_escapes_and_exponents_is_read()
    {
        var scenario = ScenarioText.Parse(
            """{"name":"a\u002Db","seed":-1,"network":{"generator":"erdos-renyi","nodes":1000,"mean-degree":2.5e0},"model":{"kind":"independent-cascade","probability":5E-1},"seeding":{"strategy":"explicit","nodes":[0]}}""");

        Assert.Equal("a-b", scenario.Name);
        Assert.Equal(2.5, scenario.Network.MeanDegree);
        Assert.Equal(0.5, scenario.Model.Parameters["probability"].First);
    }

    [Fact]
    public void Json_strings_are_not_numbers()
    {
        string problem = ScenarioText.Problem("""
            {"name": "a",
             "network": {"generator": "complete", "nodes": "10"},
             "model": {"kind": "independent-cascade", "probability": 0.1}}
            """);

        Assert.Equal("s.yaml:2:48: 'network.nodes' must be an integer from 1 to 50000000, found the string \"10\"", problem);
    }

    [Fact]
    public void A_json_syntax_error_has_its_line_and_column()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.json", "{\n  \"name\": \"a\",\n  \"seed\": 1,,\n  \"replicates\": 2\n}\n");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, [], [], BuiltIns.Registries));

        Assert.Equal($"{path}:3:13: YAML syntax error: While parsing a node, did not find expected node content.", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Json_problems_have_their_line_and_column()
    {
        string[] problems = ScenarioText.Problems("""
            {
              "name": "a",
              "replicates": 0,
              "network": {"generator": "ring-lattice", "nodes": 10, "k": 3},
              "model": {"kind": "independent-cascade", "probabilty": 0.1}
            }
            """);

        Assert.Equal(
            [
                "s.yaml:3:17: 'replicates' must be an integer from 1 to 100000, found 0",
                "s.yaml:4:62: 'network.k' must be an even integer from 2 to 9 (less than nodes), found 3",
                "s.yaml:5:44: unknown parameter 'probabilty' of model independent-cascade; did you mean 'probability'?",
            ],
            problems);
    }
}
