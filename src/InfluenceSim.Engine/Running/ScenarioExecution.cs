using InfluenceSim.Engine.Seeding;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;

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
    /// <summary>
    /// Runs <paramref name="scenario"/>: every point of its sweep (<see cref="RunSweepAsync"/>), or its one seeding or
    /// compared seedings (<see cref="RunAsync"/>); finished points and replicate batches are kept in <paramref name="checkpoints"/>.
    /// </summary>
    public async Task<ScenarioOutcome> RunScenarioAsync(Scenario scenario, IPointCheckpoints? checkpoints, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Sweep is not null)
        {
            return new ScenarioOutcome(await RunSweepAsync(scenario, checkpoints, progress, cancellationToken), NetworksOf(scenario));
        }

        var prepared = RunPreparation.Prepare(scenario);
        var result = await RunAsync(prepared, progress, cancellationToken, checkpoints as IRunCheckpoints);
        return new ScenarioOutcome(result, _ => prepared.Network);
    }

    /// <summary>Runs every point of <paramref name="scenario"/>'s sweep; each point's result is saved to <paramref name="checkpoints"/> as it finishes.</summary>
    /// <remarks>With <c>compare-seeding</c>, every point compares its strategies: group g of point p becomes group p x strategies + g.</remarks>
    public async Task<ExecutionResult> RunSweepAsync(Scenario scenario, IPointCheckpoints? checkpoints, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = scenario.Sweep ?? throw new ArgumentException("the scenario has no sweep", nameof(scenario));
        int groups = GroupsPerPoint(scenario);
        var points = new List<SweepPointResult>();
        var notes = new List<string>();
        foreach (var point in plan.Points)
        {
            var result = checkpoints?.Load(point);
            if (result is null)
            {
                var prepared = RunPreparation.Prepare(point.Scenario);
                var pointProgress = progress is null ? null : new PointProgress(progress, point.Index, plan.Points.Count);
                var execution = await RunAsync(prepared, pointProgress, cancellationToken, checkpoints as IRunCheckpoints);
                notes.AddRange(execution.Notes.Select(n => $"point {point.Index}: {n}"));
                result = execution.Combined;
                checkpoints?.Save(point, result);
            }

            var comparison = scenario.CompareSeeding is null ? null : SeedingComparison.Compare(result, point.Assignments);
            points.Add(new SweepPointResult(point.Index, point.Assignments, result) { Comparison = comparison });
        }

        var combined = Combine(
            [.. points.Select(p => p.Result with
            {
                Replicates = [.. p.Result.Replicates.Select(r => r with { Group = (p.Index * groups) + r.Group, Keys = [.. p.Keys, .. r.Keys], Nodes = p.Result.Nodes })],
                Events = [.. p.Result.Events.Select(e => e with { Group = (p.Index * groups) + e.Group })],
                NodeRecords = [.. p.Result.NodeRecords.Select(n => n with { Group = (p.Index * groups) + n.Group })],
            })],
            ownNetworks: true) with { Sweep = true };
        var comparisons = scenario.CompareSeeding is null ? null : points.SelectMany(p => p.Comparison!).ToList();
        return new ExecutionResult(combined, combined, comparisons) { Points = points, Notes = notes };
    }

    /// <summary>Each replicate group's network (its sweep point's), built again on demand (and once only per point).</summary>
    private static Func<int, Network> NetworksOf(Scenario scenario)
    {
        var built = new Dictionary<int, Network>();
        int groups = GroupsPerPoint(scenario);
        return group => built.TryGetValue(group / groups, out var network)
            ? network
            : built[group / groups] = RunPreparation.Prepare(scenario.Sweep!.Points[group / groups].Scenario).Network;
    }

    /// <summary>How many groups of replicates one sweep point holds: its compared strategies, or 1.</summary>
    public static int GroupsPerPoint(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.CompareSeeding?.Count ?? 1;
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
            return new ExecutionResult(result, result, null) { Notes = plan.Note is { } note ? [note] : [] };
        }

        var costs = SeedCosts.Of(scenario.Seeding.Cost, prepared.Network);
        var groups = new List<RunResult>();
        var notes = new List<string>();
        for (int group = 0; group < strategies.Count; group++)
        {
            var seeding = scenario.Seeding.WithStrategy(strategies[group]);
            var plan = await planner.PlanAsync(prepared, seeding, progress, cancellationToken);
            var result = await runner.RunAsync(prepared.ToRequest(plan), progress, cancellationToken, checkpoints?.Batches(scenario, strategies[group]));
            notes.AddRange(plan.Note is { } note ? [note] : []);
            groups.Add(Tagged(result, strategies[group], group, replicate => SeedCosts.Spend(plan.SeedsOf(replicate), costs)));
        }

        var combined = Combine(groups);
        var baseline = groups[strategies.ToList().IndexOf(SeedingComparison.Baseline)];
        return new ExecutionResult(combined, baseline, SeedingComparison.Compare(combined)) { Notes = notes };
    }

    private static RunResult Tagged(RunResult result, string strategy, int group, Func<int, double> spendOf) => result with
    {
        Replicates = [.. result.Replicates.Select(r => r with { Group = group, Keys = [new(SeedingComparison.StrategyColumn, strategy)], Spend = spendOf(r.Replicate) })],
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
