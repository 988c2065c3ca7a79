using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>Malformed YAML, numbers out of range, folders given as files, control bytes and huge option values: exit 2 and one honest, safe line each (docs/safety.md).</summary>
public sealed class HonestErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public async Task A_flow_mapping_left_open_before_a_block_key_is_a_positioned_syntax_error(string verb)
    {
        string scenario = _temp.Write("open.yaml", "name: x\nnetwork: { b: 1\nmodel: 2\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, verb, scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(
            [$"{scenario}:3:1: YAML syntax error: the flow mapping '{{' opened at line 2, column 10 is not closed (expected ',' or '}}' before this point)"],
            outcome.ErrorLines);
        Assert.Equal(["open.yaml"], _temp.Entries());
    }

    [Theory]
    [InlineData("--replicates 99999999999", "--replicates: expected a whole number from -2147483648 to 2147483647, found '99999999999'")]
    [InlineData("--seed abc", "--seed: expected a whole number from -9223372036854775808 to 9223372036854775807, found 'abc'")]
    [InlineData("--seed=1e3", "--seed: expected a whole number from -9223372036854775808 to 9223372036854775807, found '1e3'")]
    public async Task A_number_option_out_of_its_type_names_the_option_and_what_it_expects(string option, string message)
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, ["run", scenario, .. option.Split(' ')]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal([$"influencesim: {message}"], outcome.ErrorLines);
        Assert.Equal(["small.yaml"], _temp.Entries());
    }

    [Theory]
    [InlineData("--nodes -5", "--nodes: expected a whole number from 2 to 10000000, found -5")]
    [InlineData("--nodes 3000000000", "--nodes: expected a whole number from -2147483648 to 2147483647, found '3000000000'")]
    [InlineData("--probability NaN", "--probability: expected a finite number such as 0.15, found 'NaN'")]
    [InlineData("--probability 1.5", "--probability: expected a number from 0 to 1, found 1.5")]
    [InlineData("--greedy --epsilon 0.7", "--epsilon: expected a number above 0 and below 1 - 1/e, found 0.7")]
    public async Task Bench_numbers_are_checked_option_by_option(string option, string message)
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, ["bench", .. option.Split(' ')]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal([$"influencesim: {message}"], outcome.ErrorLines);
    }

    [Fact]
    public async Task A_folder_given_as_the_scenario_or_the_network_file_is_called_a_folder()
    {
        string folder = _temp.Folder("scenario.yaml");
        _temp.Folder("friends.csv");
        string scenario = _temp.Write("s.yaml", "name: s\nnetwork: { generator: file, path: friends.csv }\nmodel: { kind: independent-cascade, probability: 0.1 }\n");

        var asScenario = await CliProcess.RunAsync(_temp.Path, "validate", folder);
        var asNetwork = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(asScenario.ExitCode == 2, asScenario.ToString());
        Assert.Equal([$"{folder}:1:1: the scenario file is a folder, not a regular file"], asScenario.ErrorLines);
        Assert.True(asNetwork.ExitCode == 2, asNetwork.ToString());
        Assert.Equal([$"{scenario}:2:35: 'network.path' must name a file, found 'friends.csv', a folder"], asNetwork.ErrorLines);
    }

    [Fact]
    public async Task A_folder_given_to_export_is_called_a_folder()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string target = _temp.Folder("out.graphml");

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario, "--export", target);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal([$"influencesim: --export: '{target}' is a folder; expected a file"], outcome.ErrorLines);
    }

    [Fact]
    public async Task Control_bytes_of_a_scenario_and_of_a_network_file_reach_the_terminal_escaped()
    {
        string scenario = _temp.Write("s.yaml", "name: \"a\\e]0;owned\\ab\\e[31m\\x9b\"\nnetwork: { generator: file, path: ties.csv }\nmodel: { kind: independent-cascade, probability: 0.1 }\n");
        _temp.Write("ties.csv", "a,b\nc\u001b[2J,d,\u007fw\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.DoesNotContain(outcome.Stderr, c => c is < ' ' and not '\n' or >= '\u007f' and <= '\u009f');
        Assert.Contains(@"a\x1b]0;owned\x07b\x1b[31m\x9b", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_sweep_argument_is_quoted_by_a_short_prefix()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string axis = "model.probability=" + string.Join(",", Enumerable.Repeat("0.1", 20_000));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--sweep", axis);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        string line = Assert.Single(outcome.ErrorLines);
        Assert.Equal($"--sweep {axis[..60]}...:1:19: the sweep has 20000 points, more than the limit of 10000", line);
        Assert.Equal(["small.yaml"], _temp.Entries());
    }

    public void Dispose() => _temp.Dispose();
}
