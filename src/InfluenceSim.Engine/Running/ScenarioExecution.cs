using InfluenceSim.Engine.Seeding;
using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Runs a prepared scenario: its one seeding, or each strategy of <c>compare-seeding</c> in turn on
/// the same network with the same replicate numbers (common random numbers: the same coins), then
/// compares them with the random baseline.
/// </summary>
public sealed class ScenarioExecution(SimulationRunner runner)
{
    public async Task<ExecutionResult> RunAsync(PreparedRun prepared, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var planner = new SeedPlanner(runner);
        var scenario = prepared.Scenario;
        if (scenario.CompareSeeding is not { } strategies)
        {
            var plan = await planner.PlanAsync(prepared, scenario.Seeding, progress, cancellationToken);
            var result = await runner.RunAsync(prepared.ToRequest(plan), progress, cancellationToken);
            return new ExecutionResult(result, result, null);
        }

        var groups = new List<RunResult>();
        for (int group = 0; group < strategies.Count; group++)
        {
            var seeding = scenario.Seeding.WithStrategy(strategies[group]);
            var plan = await planner.PlanAsync(prepared, seeding, progress, cancellationToken);
            var result = await runner.RunAsync(prepared.ToRequest(plan), progress, cancellationToken);
            groups.Add(Tagged(result, strategies[group], group));
        }

        var combined = Combine(groups);
        var baseline = groups[strategies.ToList().IndexOf(SeedingComparison.Baseline)];
        return new ExecutionResult(combined, baseline, SeedingComparison.Compare(combined));
    }

    private static RunResult Tagged(RunResult result, string strategy, int group) => result with
    {
        Replicates = [.. result.Replicates.Select(r => r with { Group = group, Keys = [new(SeedingComparison.StrategyColumn, strategy)] })],
    };

    private static RunResult Combine(List<RunResult> groups)
    {
        var first = groups[0];
        var timings = groups.Skip(1).Aggregate(first.Timings, (sum, g) => sum with
        {
            Activation = sum.Activation + g.Timings.Activation,
            Propagation = sum.Propagation + g.Timings.Propagation,
        });
        return new RunResult(first.Nodes, first.Ties, [.. groups.SelectMany(g => g.Replicates)], timings);
    }
}
