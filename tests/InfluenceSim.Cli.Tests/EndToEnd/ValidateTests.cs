using System.Text.RegularExpressions;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>validate</c>: exit 0 on a valid scenario; exit 2 and one <c>FILE:LINE:COL: message</c> line per problem otherwise.</summary>
public sealed class ValidateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Valid_scenario_exits_0_and_prints_nothing_on_stderr()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("", outcome.Stderr);
        Assert.Contains("valid", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal(["small.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task Bad_scenario_exits_2_with_one_located_line_per_problem_and_no_stack_trace()
    {
        string scenario = _temp.Write("bad.yaml", ScenarioTexts.Bad);
        var located = new Regex($"^{Regex.Escape(scenario)}:(?<line>[1-9][0-9]*):(?<col>[1-9][0-9]*): (?<message>.+)$");

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.All(outcome.ErrorLines, line => Assert.Matches(located, line));
        var problems = outcome.ErrorLines.Select(line => located.Match(line)).ToDictionary(m => $"{m.Groups["line"]}:{m.Groups["col"]}", m => m.Groups["message"].Value);
        Assert.Contains("replicates", problems["2:13"], StringComparison.Ordinal);
        Assert.Contains("mean-degre", problems["6:3"], StringComparison.Ordinal);
        Assert.Contains("model.probability", problems["9:16"], StringComparison.Ordinal);
        Assert.Contains("1.5", problems["9:16"], StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Missing_scenario_file_exits_2_with_a_located_line_and_no_stack_trace()
    {
        string scenario = _temp.File("missing.yaml");

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"{scenario}:1:1: ", line, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    public void Dispose() => _temp.Dispose();

    private static void AssertNoStackTrace(CliOutcome outcome)
    {
        Assert.DoesNotContain("   at ", outcome.Stderr + outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", outcome.Stderr + outcome.Stdout, StringComparison.Ordinal);
    }
}
