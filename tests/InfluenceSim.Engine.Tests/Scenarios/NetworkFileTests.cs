using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class NetworkFileTests
{
    private static string Scenario(string path) =>
        $"name: a\nnetwork:\n  generator: file\n  path: {path}\nmodel: {{ kind: independent-cascade, probability: 0.1 }}\n";

    private static string Problem(TempFolder folder, string path) =>
        Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(folder.Write("scenarios/s.yaml", Scenario(path)), [], [], BuiltIns.Registries)).Problems).Message;

    [Fact]
    public void A_relative_path_resolves_against_the_scenario_folder()
    {
        using var folder = new TempFolder();
        string ties = folder.Write("scenarios/networks/ties.csv", "a,b\n");
        string path = folder.Write("scenarios/s.yaml", Scenario("networks/ties.csv"));

        var scenario = ScenarioLoader.Load(path, ["network.directed=false"], [], BuiltIns.Registries);

        Assert.Equal(new NetworkSpec("file", Path: ties, Directed: false), scenario.Network);
        Assert.Equal("""{"generator":"file","path":"networks/ties.csv","directed":false}""", scenario.Resolved["network"]!.ToJsonString());
    }

    [Fact]
    public void A_path_that_climbs_out_of_the_folder_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("secret.csv", "a,b\n");

        Assert.Equal(
            "'network.path' is '../secret.csv', which resolves outside the scenario's folder; network files must lie in that folder or below it (path traversal is refused)",
            Problem(folder, "../secret.csv"));
    }

    [Fact]
    public void A_path_that_climbs_out_and_back_in_is_accepted()
    {
        using var folder = new TempFolder();
        folder.Write("scenarios/ties.csv", "a,b\n");
        string path = folder.Write("scenarios/s.yaml", Scenario("../scenarios/./ties.csv"));

        Assert.Equal("file", ScenarioLoader.Load(path, [], [], BuiltIns.Registries).Network.Generator);
    }

    [Fact]
    public void An_absolute_path_outside_the_folder_is_refused()
    {
        using var folder = new TempFolder();
        string outside = folder.Write("elsewhere/ties.csv", "a,b\n");

        Assert.Contains("resolves outside the scenario's folder", Problem(folder, outside), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("elsewhere/ties.csv", "a,b\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "scenarios"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "scenarios", "linked"), Path.Combine(folder.Path, "elsewhere"));

        Assert.Contains("resolves outside the scenario's folder", Problem(folder, "linked/ties.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_network_file_is_refused()
    {
        using var folder = new TempFolder();

        Assert.Equal("'network.path' names no file: 'ties.csv' does not exist in the scenario's folder", Problem(folder, "ties.csv"));
    }

    [Fact]
    public void An_unknown_file_kind_is_refused()
    {
        using var folder = new TempFolder();
        folder.Write("scenarios/ties.xlsx", "a,b\n");

        Assert.Equal("'network.path' must name an edge list (.csv, .tsv, .txt) or a GraphML file (.graphml), found 'ties.xlsx'", Problem(folder, "ties.xlsx"));
    }

    [Fact]
    public void The_problem_is_located_at_the_path_value()
    {
        using var folder = new TempFolder();
        string path = folder.Write("scenarios/s.yaml", Scenario("../x.csv"));

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, [], [], BuiltIns.Registries)).Problems);

        Assert.Equal((path, 4, 9), (problem.File, problem.Line, problem.Column));
    }
}
