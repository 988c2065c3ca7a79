using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Tests.Scenarios;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Admission;

/// <summary>
/// Admission against the memory <c>INFLUENCESIM_MEMORY_BYTES</c> says is available (so that results do
/// not depend on the machine): refusal at the key that drives the estimate, <c>--allow-large</c>, the hint.
/// </summary>
public sealed class RunAdmissionTests : IDisposable
{
    private const string Large = """
        name: large
        replicates: 100000
        network:
          generator: erdos-renyi
          nodes: 1000000
          mean-degree: 10
        model:
          kind: independent-cascade
          probability: 0.1
        """;

    private readonly string? _before = Environment.GetEnvironmentVariable(AvailableMemory.Variable);

    public RunAdmissionTests() => Environment.SetEnvironmentVariable(AvailableMemory.Variable, "1073741824");

    [Fact]
    public void A_scenario_larger_than_the_memory_is_refused_at_its_largest_term_with_the_estimate()
    {
        var error = Assert.Throws<ScenarioException>(() => RunAdmission.Admit(ScenarioText.Parse(Large), allowLarge: false));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("s.yaml", 2, 13), (problem.File, problem.Line, problem.Column));
        Assert.Equal(
            "too large for this machine: with engine.hosting node-grains the run needs an estimated 8,387.9 GiB of memory ("
            + "replicate lanes 8,381.9 GiB: 90 B x 1,000,000 nodes x 100,000 replicates; "
            + "node grains 3.6 GiB: 3,800 B x 1,000,000 nodes + 8 B x 10,000,000 ties; "
            + "replicate results 1.5 GiB: 16,512 B x 100,000 replicates (100 steps each); "
            + "network 542 MiB: 8 B x 1,000,000 nodes + 56 B x 10,000,000 ties; "
            + "process 300 MiB: runtime, silo and collector) and about 14.0 h, "
            + "more than the 1.0 GiB available (set by INFLUENCESIM_MEMORY_BYTES); "
            + "engine: { hosting: blocks } would need about 6.3 GiB (which does not fit either); or add --allow-large to run it anyway",
            problem.Message);
    }

    [Fact]
    public void Allow_large_admits_it_with_its_estimate()
    {
        var scenario = ScenarioText.Parse(Large);

        var estimate = RunAdmission.Admit(scenario, allowLarge: true);

        Assert.Equal(ResourceEstimator.Estimate(scenario).Describe(), estimate.Describe());
    }

    [Fact]
    public void A_scenario_that_fits_is_admitted()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal);

        Assert.Equal(ResourceEstimator.Estimate(scenario).Bytes, RunAdmission.Admit(scenario, allowLarge: false).Bytes);
    }

    [Fact]
    public void Under_blocks_the_refusal_asks_for_fewer_nodes_or_replicates()
    {
        var error = Assert.Throws<ScenarioException>(() => RunAdmission.Admit(ScenarioText.Parse(Large, "replicates=1", "network.nodes=2000000", "engine.hosting=blocks"), allowLarge: false));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("s.yaml", 3, 1), (problem.File, problem.Line, problem.Column));
        Assert.StartsWith("too large for this machine: with engine.hosting blocks the run needs an estimated ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; use fewer nodes or replicates, or add --allow-large to run it anyway", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_network_verb_is_refused_only_for_the_network()
    {
        var scenario = ScenarioText.Parse(Large, "network.nodes=20000000");

        Assert.Equal(ResourceEstimator.EstimateNetwork(ScenarioText.Parse(Large)).Bytes, RunAdmission.AdmitNetwork(ScenarioText.Parse(Large), allowLarge: false).Bytes);
        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => RunAdmission.AdmitNetwork(scenario, allowLarge: false)).Problems);
        Assert.StartsWith("too large for this machine: building the network needs an estimated ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; use a smaller network, or add --allow-large to run it anyway", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_bad_memory_override_is_reported(string value)
    {
        Environment.SetEnvironmentVariable(AvailableMemory.Variable, value);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => AvailableMemory.Bytes()).Problems);

        Assert.Equal($"environment INFLUENCESIM_MEMORY_BYTES:1:1: INFLUENCESIM_MEMORY_BYTES must be a positive whole number of bytes, found '{value}'", problem.ToString());
    }

    [Fact]
    public void A_slow_node_grain_run_gets_the_blocks_hint_and_a_quick_one_none()
    {
        var slow = ScenarioText.Parse(Large, "replicates=100");
        var quick = ScenarioText.Parse(ScenarioText.Minimal);

        string? hint = RunAdmission.SlowHint(slow, ResourceEstimator.Estimate(slow));

        Assert.Equal("this node-grain run is estimated to take about 5 min; engine: { hosting: blocks } gives identical results faster (about 16 s)", hint);
        Assert.Null(RunAdmission.SlowHint(quick, ResourceEstimator.Estimate(quick)));
        var blocks = ScenarioText.Parse(Large, "replicates=100", "engine.hosting=blocks");
        Assert.Null(RunAdmission.SlowHint(blocks, ResourceEstimator.Estimate(blocks)));
    }

    public void Dispose() => Environment.SetEnvironmentVariable(AvailableMemory.Variable, _before);
}
