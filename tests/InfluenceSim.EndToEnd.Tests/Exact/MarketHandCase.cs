using InfluenceSim.EndToEnd.Tests.Cases;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>
/// A one-replicate run worked out by hand, with the draws it takes for granted: its time-series rows
/// (as the engine's <see cref="StepCounts"/>), its totals, when it records them, its events and, when
/// worked out, its <c>nodes.csv</c> rows.
/// </summary>
public sealed record MarketHandCase(SimulationCase Run, IReadOnlyList<DrawPremise> Premises, IReadOnlyList<StepCounts> Rows, MarketHandTotals Totals)
{
    public IReadOnlyList<InteractionEvent> Events { get; init; } = [];

    /// <summary>The rows of <c>nodes.csv</c>, columns in order (null: not worked out for this case).</summary>
    public IReadOnlyList<OracleNode>? Nodes { get; init; }

    /// <summary>The oracle's rows in the engine's shape.</summary>
    public static List<StepCounts> RowsOf(OracleReplicate replicate) =>
        [.. replicate.Rows.Select(row => new StepCounts(row.Step, row.NewAdopters, row.Adopters, row.Exposures)
        {
            CauseSeed = row.CauseSeed,
            CauseBroadcast = row.CauseBroadcast,
            CausePrescription = row.CausePrescription,
            CauseSocialProof = row.CauseSocialProof,
            ExposuresSocialProof = row.ExposuresSocialProof,
            ExposuresPrescription = row.ExposuresPrescription,
            ExposuresBroadcast = row.ExposuresBroadcast,
            ExposuresNegative = row.ExposuresNegative,
            Suppressed = row.Suppressed,
            ActivePrescribers = row.ActivePrescribers,
            NewRejected = row.NewRejected,
            Rejected = row.Rejected,
        })];

    /// <summary>The oracle's events in the engine's shape.</summary>
    public static List<InteractionEvent> EventsOf(OracleRun run) =>
        [.. run.Events.Select(e => new InteractionEvent(e.Replicate, e.Step, e.From, e.To, e.Kind, e.Valence, e.Outcome))];
}
