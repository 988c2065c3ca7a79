using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The table <c>events</c> (<c>events.csv</c>, <c>events.parquet</c>), written only when the scenario turns the
/// interaction stream on: one row per delivered message kept under the cap, in the order of <see cref="RunResult.Events"/>.
/// </summary>
public static class EventsCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "events";

    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,step,from,to,kind,valence,outcome";

    /// <summary>
    /// The table of a run's events. Rows keep the order of <see cref="RunResult.Events"/> within each group of
    /// replicates (a sweep point, a compared strategy), groups in order; key columns last, as in <c>runs</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An event belongs to a group that has no replicate in the run.</exception>
    public static OutputTable Table(RunResult result) => KeyedRows.PerGroup(
        TableName,
        OutputColumn.FromHeader(Header, ColumnType.Integer, null, OutputColumn.Text("kind"), OutputColumn.Text("valence"), OutputColumn.Text("outcome")),
        result,
        r => r.Events,
        "events",
        e => e.Group,
        e => [Cell.Of(e.Replicate), Cell.Of(e.Step), Cell.Of(e.From), Cell.Of(e.To), Cell.Of(EventNames.Of(e.Kind)), Cell.Of(EventNames.Of(e.Valence)), Cell.Of(EventNames.Of(e.Outcome))]);

    /// <summary>The text of <c>events.csv</c>.</summary>
    public static string Format(RunResult result) => OutputTableCsv.Format(Table(result));
}
