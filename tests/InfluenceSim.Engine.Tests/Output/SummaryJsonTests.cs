using System.Text.Json.Nodes;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class SummaryJsonTests
{
    [Fact]
    public void Summarises_every_measure_over_the_replicates()
    {
        var summary = SummaryJson.Build(Fixtures.TwoReplicates());

        Assert.Equal(10, summary["nodes"]!.GetValue<int>());
        Assert.Equal(30, summary["edges"]!.GetValue<int>());
        Assert.Equal(2, summary["replicates"]!.GetValue<int>());
        AssertMeasure(SampleSummary.Of([0.6, 0.2]), summary["adopted_fraction"]);
        AssertMeasure(SampleSummary.Of([2, 0]), summary["steps"]);
        AssertMeasure(SampleSummary.Of([6, 2]), summary["adopters"]);
        AssertMeasure(SampleSummary.Of([18, 5]), summary["exposures"]);
        Assert.Equal(0.4, summary["adopted_fraction"]!["mean"]!.GetValue<double>(), 15);
        Assert.Equal(4 - 25.412409472349414, summary["adopters"]!["ci95"]![0]!.GetValue<double>(), 9);
    }

    [Fact]
    public void Writes_the_exact_text_for_one_replicate()
    {
        var result = Fixtures.Run(new ReplicateResult(0, [new StepCounts(0, 6, 6, 0)], 6, 0, 4)
        {
            WordOfMouthShare = 0.75,
            BroadcastShare = 0.25,
            CascadeDepth = 3,
            Rejected = 1,
        });

        string text = SummaryJson.Format(result);

        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.Equal(
            """
            {
              "nodes": 10,
              "edges": 30,
              "replicates": 1,
              "censored_replicates": 0,
              "adopted_fraction": {
                "mean": 0.6,
                "sd": 0,
                "ci95": [
                  0.6,
                  0.6
                ]
              },
              "steps": {
                "mean": 0,
                "sd": 0,
                "ci95": [
                  0,
                  0
                ]
              },
              "adopters": {
                "mean": 6,
                "sd": 0,
                "ci95": [
                  6,
                  6
                ]
              },
              "exposures": {
                "mean": 4,
                "sd": 0,
                "ci95": [
                  4,
                  4
                ]
              },
              "attribution": {
                "word_of_mouth_share": {
                  "mean": 0.75,
                  "sd": 0,
                  "ci95": [
                    0.75,
                    0.75
                  ]
                },
                "broadcast_share": {
                  "mean": 0.25,
                  "sd": 0,
                  "ci95": [
                    0.25,
                    0.25
                  ]
                },
                "cascade_depth": {
                  "mean": 3,
                  "sd": 0,
                  "ci95": [
                    3,
                    3
                  ]
                },
                "rejected": {
                  "mean": 1,
                  "sd": 0,
                  "ci95": [
                    1,
                    1
                  ]
                }
              }
            }

            """,
            text);
    }

    [Fact]
    public void Summarises_the_attribution_measures_under_attribution_after_the_others()
    {
        var result = Fixtures.Run(
            new ReplicateResult(1, [new StepCounts(0, 1, 1, 0)], 5, 2, 9) { WordOfMouthShare = 0.5, BroadcastShare = 0.5, CascadeDepth = 2, Rejected = 4 },
            new ReplicateResult(0, [new StepCounts(0, 1, 1, 0)], 3, 1, 6) { WordOfMouthShare = 1, BroadcastShare = 0, CascadeDepth = 1, Rejected = 0 });

        var summary = SummaryJson.Build(result);

        Assert.Equal(["nodes", "edges", "replicates", "censored_replicates", "adopted_fraction", "steps", "adopters", "exposures", "attribution"], summary.Select(p => p.Key));
        var attribution = summary["attribution"]!.AsObject();
        Assert.Equal(["word_of_mouth_share", "broadcast_share", "cascade_depth", "rejected"], attribution.Select(p => p.Key));
        AssertMeasure(SampleSummary.Of([1, 0.5]), attribution["word_of_mouth_share"]);
        AssertMeasure(SampleSummary.Of([0, 0.5]), attribution["broadcast_share"]);
        AssertMeasure(SampleSummary.Of([1, 2]), attribution["cascade_depth"]);
        AssertMeasure(SampleSummary.Of([0, 4]), attribution["rejected"]);
    }

    [Fact]
    public void Counts_the_replicates_cut_off_at_max_steps_as_censored()
    {
        var result = Fixtures.Run(
            new ReplicateResult(0, [new StepCounts(0, 1, 1, 0)], 1, 0, 2) { EndedBy = ReplicateEnding.MaxSteps },
            new ReplicateResult(1, [new StepCounts(0, 1, 1, 0)], 1, 0, 2),
            new ReplicateResult(2, [new StepCounts(0, 1, 1, 0)], 1, 0, 2) { EndedBy = ReplicateEnding.MaxSteps });

        Assert.Equal(2, SummaryJson.Build(result)["censored_replicates"]!.GetValue<int>());
        Assert.Equal(0, SummaryJson.Build(Fixtures.TwoReplicates())["censored_replicates"]!.GetValue<int>());
    }

    [Fact]
    public void A_seeding_comparison_counts_each_strategys_censored_replicates()
    {
        KeyValuePair<string, string>[] random = [new(SeedingComparison.StrategyColumn, "random")];
        KeyValuePair<string, string>[] hubs = [new(SeedingComparison.StrategyColumn, "top-degree")];
        var result = Fixtures.Run(
            new ReplicateResult(0, [new StepCounts(0, 1, 1, 0)], 1, 0, 2) { Group = 0, Keys = random },
            new ReplicateResult(1, [new StepCounts(0, 1, 1, 0)], 1, 0, 2) { Group = 0, Keys = random },
            new ReplicateResult(0, [new StepCounts(0, 1, 1, 0)], 1, 0, 2) { Group = 1, Keys = hubs, EndedBy = ReplicateEnding.MaxSteps },
            new ReplicateResult(1, [new StepCounts(0, 1, 1, 0)], 1, 0, 2) { Group = 1, Keys = hubs });

        var json = SeedingComparisonCsv.ToJson(SeedingComparison.Compare(result));

        Assert.Equal([0, 1], json.Select(c => c!["censored_replicates"]!.GetValue<int>()));
    }

    [Fact]
    public void Replicate_order_does_not_change_the_text()
    {
        var result = Fixtures.TwoReplicates();
        var reversed = result with { Replicates = result.Replicates.Reverse().ToList() };

        Assert.Equal(SummaryJson.Format(result), SummaryJson.Format(reversed));
    }

    private static void AssertMeasure(SampleSummary expected, JsonNode? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Mean, actual["mean"]!.GetValue<double>());
        Assert.Equal(expected.Sd, actual["sd"]!.GetValue<double>());
        var ci = actual["ci95"]!.AsArray();
        Assert.Equal(2, ci.Count);
        Assert.Equal(expected.Ci95Low, ci[0]!.GetValue<double>());
        Assert.Equal(expected.Ci95High, ci[1]!.GetValue<double>());
    }
}
