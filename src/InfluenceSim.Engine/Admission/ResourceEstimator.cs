using System.Globalization;
using InfluenceSim.Scenarios;
using static InfluenceSim.Engine.Admission.ResourceCosts;

namespace InfluenceSim.Engine.Admission;

/// <summary>
/// The project's one resource estimate: the peak memory and, roughly, the wall time of a run, from
/// the scenario alone (sizes and switches; nothing is built). The formula and its figures are in
/// docs/performance.md ("Resource estimate").
/// </summary>
public static class ResourceEstimator
{
    /// <summary>
    /// The estimate for <paramref name="scenario"/> under its own hosting, or under <paramref name="hosting"/>
    /// when given. A sweep's is its largest point's, plus what every other point's results keep.
    /// </summary>
    public static ResourceEstimate Estimate(Scenario scenario, EngineHosting? hosting = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Sweep is not { } sweep)
        {
            return Estimate(RunShape.Of(scenario, hosting ?? scenario.Engine.Hosting));
        }

        var points = sweep.Points.Select(p => Estimate(RunShape.Of(p.Scenario, hosting ?? p.Scenario.Engine.Hosting))).ToList();
        var largest = points.MaxBy(p => p.Bytes)!;
        var others = points.Where(p => !ReferenceEquals(p, largest)).ToList();
        if (others.Count == 0)
        {
            return largest;
        }

        double kept = others.Sum(p => p.Terms.Where(t => t.Kept).Sum(t => t.Bytes));
        var terms = largest.Terms.Append(new EstimateTerm("the other points' results", kept, Invariant($"{others.Count:#,##0} sweep points"), "sweep", Kept: true));
        return new ResourceEstimate(largest.Hosting, Ordered(terms), points.Sum(p => p.Seconds));
    }

    /// <summary>The estimate of one run (with its compared strategies) of <paramref name="shape"/>.</summary>
    public static ResourceEstimate Estimate(RunShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        double nodes = shape.Nodes;
        double ties = shape.Ties;
        double replicates = shape.Replicates;
        double groups = shape.Groups;
        double lanes = Math.Max(replicates, shape.PilotReplicates);
        bool grains = shape.Hosting == EngineHosting.NodeGrains;
        var terms = NetworkTerms(shape);
        if (grains)
        {
            terms.Add(new("node grains", (nodes * GrainBytesPerNode) + (ties * GrainBytesPerTie), PerNodeAndTie(GrainBytesPerNode, nodes, GrainBytesPerTie, ties), "network"));
        }
        else
        {
            terms.Add(new("partitions", (nodes * BlockBytesPerNode) + (ties * BlockBytesPerTie), PerNodeAndTie(BlockBytesPerNode, nodes, BlockBytesPerTie, ties), "network"));
            lanes = Math.Min(lanes, (double)BlockLanesPerCore * shape.Cores);
        }

        terms.Add(Lanes(shape, lanes, grains ? GrainLaneBytes : BlockLaneBytes));
        double steps = Math.Min(shape.MaxSteps, RecordedSteps);
        double rowBytes = ReplicateBytes + (steps * StepRowBytes);
        terms.Add(new("replicate results", replicates * groups * rowBytes, Invariant($"{rowBytes:#,##0} B x {replicates * groups:#,##0} replicates ({steps:#,##0} steps each)"), "replicates", Kept: true));
        if (shape.RecordNodes)
        {
            double rows = nodes * replicates * groups;
            terms.Add(new("per-node table", rows * NodeRowBytes, Invariant($"{NodeRowBytes:#,##0} B x {rows:#,##0} rows"), "outputs", Kept: true));
        }

        if (shape.EventsCap > 0)
        {
            double events = Math.Min(shape.EventsCap, ties * replicates) * groups;
            terms.Add(new("events", events * EventBytes, Invariant($"{EventBytes:#,##0} B x {events:#,##0} events (the cap)"), "events-cap", Kept: true));
        }

        if (shape.StoresTieProbabilities)
        {
            terms.Add(new("per-tie probabilities", ties * TieProbabilityBytes, Invariant($"{TieProbabilityBytes:#,##0} B x {ties:#,##0} ties"), "model"));
        }

        if (shape.PlanningMemory is { } planning)
        {
            terms.Add(new(planning.Name, planning.Bytes, planning.Count, "seeding"));
        }

        return new ResourceEstimate(shape.Hosting, Ordered(terms), Seconds(shape));
    }

    /// <summary>The estimate of building <paramref name="scenario"/>'s network alone (the <c>network</c> verb), sweep aside.</summary>
    public static ResourceEstimate EstimateNetwork(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var shape = RunShape.Of(scenario, scenario.Engine.Hosting);
        return new ResourceEstimate(shape.Hosting, Ordered(NetworkTerms(shape)), shape.Ties * BuildSecondsPerTie);
    }

    private static List<EstimateTerm> NetworkTerms(RunShape shape) =>
    [
        new("process", ProcessBytes, "runtime, silo and collector", string.Empty),
        new("network", (shape.Nodes * NetworkBytesPerNode) + (shape.Ties * NetworkBytesPerTie), PerNodeAndTie(NetworkBytesPerNode, shape.Nodes, NetworkBytesPerTie, shape.Ties), "network"),
    ];

    private static EstimateTerm Lanes(RunShape shape, double lanes, double laneBytes)
    {
        bool share = shape.Model.NeedsInTies;
        double perNode = laneBytes + (share ? InTieShareBytesPerNode : 0);
        double perTie = share ? InTieShareBytesPerTie : 0;
        double bytes = lanes * ((shape.Nodes * perNode) + (shape.Ties * perTie));
        string count = share
            ? Invariant($"({PerNodeAndTie(perNode, shape.Nodes, perTie, shape.Ties)}) x {lanes:#,##0} replicates")
            : Invariant($"{perNode:#,##0} B x {shape.Nodes:#,##0} nodes x {lanes:#,##0} replicates");
        return new EstimateTerm("replicate lanes", bytes, count, "replicates");
    }

    private static double Seconds(RunShape shape)
    {
        double build = shape.Ties * BuildSecondsPerTie;
        double lanes = Math.Max(shape.Replicates, shape.PilotReplicates);
        double run = shape.Hosting == EngineHosting.NodeGrains
            ? (shape.Nodes * ActivationSecondsPerNode) + (shape.Nodes * Math.Min(lanes, VisitedSteps) * CallSeconds) + (lanes * shape.Ties * GrainSecondsPerTieReplicate)
            : lanes * ((shape.Ties * BlockSecondsPerTieReplicate) + (shape.Nodes * BlockSecondsPerNodeReplicate));
        return build + (shape.Groups * run);
    }

    private static List<EstimateTerm> Ordered(IEnumerable<EstimateTerm> terms) => [.. terms.OrderByDescending(t => t.Bytes)];

    private static string PerNodeAndTie(double perNode, double nodes, double perTie, double ties) =>
        Invariant($"{perNode:#,##0} B x {nodes:#,##0} nodes + {perTie:#,##0} B x {ties:#,##0} ties");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
