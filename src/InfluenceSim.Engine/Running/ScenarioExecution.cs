using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Runs a prepared scenario: its one seeding, or each strategy of <c>compare-seeding</c> in turn on
/// the same network with the same replicate numbers (common random numbers: the same coins), then
/// compares them with the random baseline; or each point of a sweep in turn, again with the same
/// master seed and replicate numbers, skipping points a checkpoint store already holds (and, within a
/// point or a run, the replicate batches it holds).
/// </summary>
public sealed class ScenarioExecution(SimulationRunner runner)
{
    /// <summary>Runs every point of <paramref name="scenario"/>'s sweep; each point's result is saved to <paramref name="checkpoints"/> as it finishes.</summary>
    public async Task<ExecutionResult> RunSweepAsync(Scenario scenario, IPointCheckpoints? checkpoints, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = scenario.Sweep ?? throw new ArgumentException("the scenario has no sweep", nameof(scenario));
        var points = new List<SweepPointResult>();
        foreach (var point in plan.Points)
        {
            var result = checkpoints?.Load(point);
            if (result is null)
            {
                var prepared = RunPreparation.Prepare(point.Scenario);
                var pointProgress = progress is null ? null : new PointProgress(progress, point.Index, plan.Points.Count);
                result = (await RunAsync(prepared, pointProgress, cancellationToken, checkpoints as IRunCheckpoints)).Combined;
                checkpoints?.Save(point, result);
            }

            points.Add(new SweepPointResult(point.Index, point.Assignments, result));
        }

        var combined = Combine(
            [.. points.Select(p => p.Result with
            {
                Replicates = [.. p.Result.Replicates.Select(r => r with { Group = p.Index, Keys = p.Keys, Nodes = p.Result.Nodes })],
                Events = [.. p.Result.Events.Select(e => e with { Group = p.Index })],
                NodeRecords = [.. p.Result.NodeRecords.Select(n => n with { Group = p.Index })],
            })],
            ownNetworks: true);
        return new ExecutionResult(combined, combined, null) { Points = points };
    }

    /// <summary>
    /// Runs a prepared scenario's seeding, or each strategy of its <c>compare-seeding</c> and their comparison; the finished
    /// replicate batches of each are kept in <paramref name="checkpoints"/> when given.
    /// </summary>
    public async Task<ExecutionResult> RunAsync(PreparedRun prepared, IProgress<RunProgress>? progress, CancellationToken cancellationToken, IRunCheckpoints? checkpoints = null)
    {
        var planner = new SeedPlanner(runner);
        var scenario = prepared.Scenario;
        if (scenario.CompareSeeding is not { } strategies)
        {
            var plan = await planner.PlanAsync(prepared, scenario.Seeding, progress, cancellationToken);
            var result = await runner.RunAsync(prepared.ToRequest(plan), progress, cancellationToken, checkpoints?.Batches(scenario, scenario.Seeding.Strategy));
            return new ExecutionResult(result, result, null);
        }

        var groups = new List<RunResult>();
        for (int group = 0; group < strategies.Count; group++)
        {
            var seeding = scenario.Seeding.WithStrategy(strategies[group]);
            var plan = await planner.PlanAsync(prepared, seeding, progress, cancellationToken);
            var result = await runner.RunAsync(prepared.ToRequest(plan), progress, cancellationToken, checkpoints?.Batches(scenario, strategies[group]));
            groups.Add(Tagged(result, strategies[group], group));
        }

        var combined = Combine(groups);
        var baseline = groups[strategies.ToList().IndexOf(SeedingComparison.Baseline)];
        return new ExecutionResult(combined, baseline, SeedingComparison.Compare(combined));
    }

    private static RunResult Tagged(RunResult result, string strategy, int group) => result with
    {
        Replicates = [.. result.Replicates.Select(r => r with { Group = group, Keys = [new(SeedingComparison.StrategyColumn, strategy)] })],
        Events = [.. result.Events.Select(e => e with { Group = group })],
        NodeRecords = [.. result.NodeRecords.Select(n => n with { Group = group })],
    };

    private static RunResult Combine(List<RunResult> groups, bool ownNetworks = false)
    {
        var first = groups[0];
        var timings = groups.Skip(1).Aggregate(first.Timings, (sum, g) => sum with
        {
            NetworkBuild = sum.NetworkBuild + (ownNetworks ? g.Timings.NetworkBuild : 0),
            Activation = sum.Activation + g.Timings.Activation,
            Propagation = sum.Propagation + g.Timings.Propagation,
        });
        return new RunResult(first.Nodes, first.Ties, [.. groups.SelectMany(g => g.Replicates)], timings)
        {
            Events = [.. groups.SelectMany(g => g.Events)],
            EventsDelivered = groups.Sum(g => g.EventsDelivered),
            NodeRecords = [.. groups.SelectMany(g => g.NodeRecords)],
        };
    }
}
