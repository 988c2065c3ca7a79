using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Engine.Tests.Scenarios;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding.Influence;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Admission;

/// <summary>The resource estimate's terms on small shapes and scenarios, by exact arithmetic (figures in docs/performance.md).</summary>
public sealed class ResourceEstimatorTests
{
    private const double Process = 300.0 * 1024 * 1024;

    private static Dictionary<string, double> Terms(ResourceEstimate estimate) => estimate.Terms.ToDictionary(t => t.Name, t => t.Bytes);

    [Fact]
    public void Node_grains_count_the_network_the_grains_the_lanes_and_the_results()
    {
        var estimate = ResourceEstimator.Estimate(new RunShape(1000, 5000, 10, EngineHosting.NodeGrains) { MaxSteps = 50 });

        var expected = new Dictionary<string, double>
        {
            ["process"] = Process,
            ["network"] = (8 * 1000) + (56 * 5000),
            ["node grains"] = (3800 * 1000) + (8 * 5000),
            ["replicate lanes"] = 90 * 1000 * 10,
            ["replicate results"] = 10 * (512 + (50 * 160)),
        };
        Assert.Equal(expected, Terms(estimate));
        Assert.Equal(expected.Values.Sum(), estimate.Bytes);
        Assert.Equal("replicate lanes 1 MiB: 90 B x 1,000 nodes x 10 replicates", $"{estimate.Terms[2].Name} {AvailableMemory.Size(estimate.Terms[2].Bytes)}: {estimate.Terms[2].Count}");
        Assert.Equal(["process", "node grains", "replicate lanes", "network", "replicate results"], estimate.Terms.Select(t => t.Name));
        Assert.Equal("network", estimate.Largest.Key);
    }

    [Fact]
    public void Node_grain_time_is_activation_calls_and_exposures()
    {
        var estimate = ResourceEstimator.Estimate(new RunShape(100_000, 1_000_000, 100, EngineHosting.NodeGrains));

        double build = 1_000_000 * 1e-7;
        double activation = 100_000 * 25e-6;
        double calls = 100_000 * 20 * 10e-6;
        double exposures = 100 * 1_000_000 * 5e-8;
        Assert.Equal(build + activation + calls + exposures, estimate.Seconds, 9);
    }

    [Fact]
    public void Blocks_hold_one_batch_of_lanes_per_core_and_no_grains()
    {
        var estimate = ResourceEstimator.Estimate(new RunShape(1000, 5000, 1000, EngineHosting.Blocks) { MaxSteps = 1000, Cores = 2 });

        var terms = Terms(estimate);
        Assert.Equal((64 * 1000) + (8 * 5000), terms["partitions"]);
        Assert.Equal(32.0 * 1000 * 128, terms["replicate lanes"]);
        Assert.Equal(1000 * (512 + (100 * 160)), terms["replicate results"]);
        Assert.False(terms.ContainsKey("node grains"));
        Assert.Equal(1000 * ((5000 * 1e-8) + (1000 * 5e-8)) + (5000 * 1e-7), estimate.Seconds, 9);
    }

    [Fact]
    public void Blocks_with_few_replicates_hold_only_those_lanes()
    {
        var estimate = ResourceEstimator.Estimate(new RunShape(1000, 5000, 3, EngineHosting.Blocks) { Cores = 2 });

        Assert.Equal(32.0 * 1000 * 3, Terms(estimate)["replicate lanes"]);
    }

    [Fact]
    public void Linear_threshold_and_bass_keep_an_in_tie_share_per_lane()
    {
        var shape = new RunShape(1000, 5000, 10, EngineHosting.NodeGrains) { Model = ModelRegistry.BuiltIn.Get(ModelCatalogue.LinearThreshold) };

        var lanes = ResourceEstimator.Estimate(shape).Terms.Single(t => t.Name == "replicate lanes");

        Assert.Equal(10 * ((1000 * (90 + 36)) + (5000 * 1)), lanes.Bytes);
        Assert.Equal("(126 B x 1,000 nodes + 1 B x 5,000 ties) x 10 replicates", lanes.Count);
    }

    [Fact]
    public void Outputs_and_compared_strategies_add_what_the_results_keep()
    {
        var shape = new RunShape(1000, 5000, 10, EngineHosting.NodeGrains) { Groups = 3, RecordNodes = true, EventsCap = 20_000, MaxSteps = 10 };

        var terms = ResourceEstimator.Estimate(shape).Terms.ToDictionary(t => t.Name);

        Assert.Equal(910.0 * 1000 * 10 * 3, terms["per-node table"].Bytes);
        Assert.Equal(480.0 * 20_000 * 3, terms["events"].Bytes);
        Assert.Equal(30 * (512 + (10 * 160)), terms["replicate results"].Bytes);
        Assert.True(terms["per-node table"].Kept && terms["events"].Kept && terms["replicate results"].Kept);
        Assert.False(terms["node grains"].Kept);
    }

    [Fact]
    public void The_events_term_is_bounded_by_every_tie_in_every_replicate()
    {
        var shape = new RunShape(10, 20, 2, EngineHosting.NodeGrains) { EventsCap = 1_000_000 };

        Assert.Equal(480.0 * 40, Terms(ResourceEstimator.Estimate(shape))["events"]);
    }

    [Fact]
    public void A_scenario_gives_its_nodes_ties_replicates_model_and_switches()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "replicates=30", "max-steps=40", "outputs=[nodes, events]", "events-cap=500");

        var shape = RunShape.Of(scenario, EngineHosting.NodeGrains);

        Assert.Equal(new RunShape(100, 400, 30, EngineHosting.NodeGrains) { MaxSteps = 40, RecordNodes = true, EventsCap = 500, Model = ModelRegistry.BuiltIn.Get(ModelCatalogue.IndependentCascade) }, shape);
    }

    [Fact]
    public void Compared_strategies_and_the_observed_prescribers_pilot_count()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "compare-seeding=[random, observed-prescribers, top-degree]", "seeding.count=2", "seeding.pilot-replicates=25", "replicates=4");

        var shape = RunShape.Of(scenario, EngineHosting.NodeGrains);

        Assert.Equal(3, shape.Groups);
        Assert.Equal(25, shape.PilotReplicates);
        Assert.Equal(90.0 * 100 * 25, Terms(ResourceEstimator.Estimate(shape))["replicate lanes"]);
    }

    [Fact]
    public void Reverse_reachable_sets_are_bounded_by_their_entry_limit()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "seeding.strategy=greedy", "seeding.count=2", "seeding.estimator=ris");

        var shape = RunShape.Of(scenario, EngineHosting.NodeGrains);

        Assert.Equal(new PlanningMemory("reverse-reachable sets", 12.0 * 2_000_000, "12 B x 2,000,000 entries"), shape.PlanningMemory);
        Assert.Equal(12.0 * 2_000_000, Terms(ResourceEstimator.Estimate(shape))["reverse-reachable sets"]);
    }

    [Fact]
    public void Imm_is_admitted_on_its_final_phases_sets_at_a_lower_bound_of_k()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "seeding.strategy=greedy", "seeding.count=2", "seeding.estimator=imm");

        var shape = RunShape.Of(scenario, EngineHosting.NodeGrains);

        Assert.Equal(ReverseReachableMemory.Bytes(Math.Min(new ImmBound(100, 2, 0.1, 1).SetsFor(2) * 100, ReverseReachableSets.MaxEntries)), shape.PlanningMemory?.Bytes);
    }

    [Theory]
    [InlineData("weighted-cascade", true)]
    [InlineData("trivalency", true)]
    [InlineData("0.1", false)]
    public void A_per_tie_probability_rule_adds_its_table_to_the_estimate(string probability, bool stored)
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, $"model.probability={probability}");

        var terms = Terms(ResourceEstimator.Estimate(RunShape.Of(scenario, EngineHosting.Blocks)));

        Assert.Equal(stored, terms.ContainsKey("per-tie probabilities"));
        Assert.Equal(stored ? 16.0 * 400 : 0, terms.GetValueOrDefault("per-tie probabilities"));
    }

    [Fact]
    public void A_network_file_is_sized_from_its_byte_length()
    {
        using var folder = new TempFolder();
        folder.Write("ties.csv", new string('x', 1199) + "\n");
        string path = folder.Write("s.yaml", "name: a\nnetwork: { generator: file, path: ties.csv }\nmodel: { kind: independent-cascade, probability: 0.1 }\n");

        var shape = RunShape.Of(ScenarioLoader.Load(path, [], [], BuiltIns.Registries), EngineHosting.NodeGrains);

        Assert.Equal(200, shape.Ties);
        Assert.Equal(20, shape.Nodes);
    }

    [Fact]
    public void A_sweep_needs_its_largest_point_and_what_the_others_keep()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, ["max-steps=10"], ["network.nodes=100,200"]);
        var small = ResourceEstimator.Estimate(new RunShape(100, 400, 1, EngineHosting.NodeGrains) { MaxSteps = 10 });
        var large = ResourceEstimator.Estimate(new RunShape(200, 800, 1, EngineHosting.NodeGrains) { MaxSteps = 10 });

        var estimate = ResourceEstimator.Estimate(scenario);

        Assert.Equal(large.Bytes + (512 + (10 * 160)), estimate.Bytes);
        Assert.Equal(small.Seconds + large.Seconds, estimate.Seconds, 9);
        Assert.Equal("1 sweep points", estimate.Terms.Single(t => t.Name == "the other points' results").Count);
    }

    [Fact]
    public void The_network_alone_is_the_process_and_the_network()
    {
        var estimate = ResourceEstimator.EstimateNetwork(ScenarioText.Parse(ScenarioText.Minimal, "replicates=100000"));

        Assert.Equal(Process + (8 * 100) + (56 * 400), estimate.Bytes);
    }

    [Theory]
    [InlineData(1048576.0, "1 MiB")]
    [InlineData(1572864.0, "2 MiB")]
    [InlineData(25232932864.0, "23.5 GiB")]
    public void Sizes_read_in_mebibytes_or_gibibytes(double bytes, string text) => Assert.Equal(text, AvailableMemory.Size(bytes));

    [Theory]
    [InlineData(0.2, "1 s")]
    [InlineData(40.4, "40 s")]
    [InlineData(720, "12 min")]
    [InlineData(12600, "3.5 h")]
    public void Durations_read_in_seconds_minutes_or_hours(double seconds, string text) => Assert.Equal(text, ResourceEstimate.Duration(seconds));
}
