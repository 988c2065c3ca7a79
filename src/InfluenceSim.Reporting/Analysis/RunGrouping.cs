using InfluenceSim.Reporting.Data;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>
/// Splits a run's replicates into groups by their key columns and pairs each replicate with its
/// trajectory. Key columns are the <c>runs.csv</c> columns named by a dotted scenario path
/// (<c>model.probability</c>, <c>seeding.strategy</c>); rows with equal key values form one group,
/// in the order the file first shows them. Cause columns are the numeric <c>timeseries.csv</c>
/// columns whose name contains <c>cause</c>; exposure columns, those named <c>exposures_</c> and a
/// kind (<c>exposures_social_proof</c>, <c>exposures_negative</c>). Trajectories carry both.
/// </summary>
public static class RunGrouping
{
    /// <summary>The largest step a row may have: the largest <c>max-steps</c> a scenario may set.</summary>
    public const int MaxStep = 1_000_000;

    private const string CausePrefix = "cause_";
    private const string ExposurePrefix = "exposures_";

    private static readonly string[] TimeseriesColumns = ["replicate", "step", "new_adopters", "adopters"];

    /// <summary>The cause columns of a <c>timeseries.csv</c>, in file order.</summary>
    public static IReadOnlyList<string> CauseColumns(RunFolderTable timeseries)
    {
        ArgumentNullException.ThrowIfNull(timeseries);
        return [.. timeseries.Header.Where(c => IsCause(c) && timeseries.IsNumeric(timeseries.IndexOf(c)))];
    }

    /// <summary>The exposure-kind columns of a <c>timeseries.csv</c> (<c>exposures_*</c>), in file order.</summary>
    public static IReadOnlyList<string> ExposureColumns(RunFolderTable timeseries)
    {
        ArgumentNullException.ThrowIfNull(timeseries);
        return [.. timeseries.Header.Where(c => c.StartsWith(ExposurePrefix, StringComparison.Ordinal) && timeseries.IsNumeric(timeseries.IndexOf(c)))];
    }

    /// <summary>
    /// How a cause column reads in a legend: its name without the <c>cause_</c> prefix, underscores as spaces
    /// (<c>cause_social_proof</c> reads <c>social proof</c>).
    /// </summary>
    public static string CauseLabel(string column) => Label(column, CausePrefix);

    /// <summary>How an exposure column reads in a legend: <c>exposures_social_proof</c> reads <c>social proof</c>.</summary>
    public static string ExposureLabel(string column) => Label(column, ExposurePrefix);

    /// <summary>
    /// The groups of <paramref name="run"/>. Labels are the key values, prefixed with the run's name
    /// when <paramref name="nameRun"/> (several runs in one report), or the run's name alone.
    /// </summary>
    public static IReadOnlyList<ReplicateGroup> Group(RunFolder run, bool nameRun)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Runs.Require(ReplicateRecordReader.Columns);
        run.Timeseries.Require(TimeseriesColumns);
        var keys = run.Runs.KeyColumns;
        var causes = CauseColumns(run.Timeseries);
        var exposures = ExposureColumns(run.Timeseries);
        var outcomes = Outcomes(run.Runs, keys);
        var trajectories = Trajectories(run.Timeseries, keys, [.. causes, .. exposures]);
        return [.. outcomes.Select(g => new ReplicateGroup(
            run.Name,
            g.Key,
            Label(run.Name, g.Key, nameRun),
            g.Value,
            trajectories.TryGetValue(g.Key, out var t) ? t : [],
            FractionPerAdopter(g.Value),
            causes)
        {
            Exposures = exposures,
        })];
    }

    private static string Label(string column, string prefix)
    {
        ArgumentNullException.ThrowIfNull(column);
        string name = column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? column[prefix.Length..] : column;
        return name.Replace('_', ' ');
    }

    private static string Label(string run, GroupKey key, bool nameRun) => key.IsEmpty ? run : nameRun ? $"{run}: {key.Label}" : key.Label;

    private static bool IsCause(string column) => column.Contains("cause", StringComparison.OrdinalIgnoreCase);

    private static double FractionPerAdopter(IReadOnlyList<ReplicateRecord> outcomes) =>
        outcomes.FirstOrDefault(o => o.Result.Adopters > 0) is { } o ? o.AdoptedFraction / o.Result.Adopters : 0;

    private static GroupKey KeyOf(RunFolderTable table, int row, IReadOnlyList<string> keys, IReadOnlyList<int> columns) =>
        keys.Count == 0 ? GroupKey.Empty : new([.. keys.Select((k, i) => new KeyValuePair<string, string>(k, table.Text(row, columns[i])))]);

    private static List<KeyValuePair<GroupKey, IReadOnlyList<ReplicateRecord>>> Outcomes(RunFolderTable runs, IReadOnlyList<string> keys)
    {
        var columns = keys.Select(runs.IndexOf).ToList();
        var records = new ReplicateRecordReader(runs);
        var groups = new Dictionary<GroupKey, List<ReplicateRecord>>();
        var order = new List<GroupKey>();
        for (int row = 0; row < runs.Rows.Count; row++)
        {
            var key = KeyOf(runs, row, keys, columns);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(records.Read(row, []));
        }

        return [.. order.Select(k => new KeyValuePair<GroupKey, IReadOnlyList<ReplicateRecord>>(k, groups[k]))];
    }

    private static Dictionary<GroupKey, IReadOnlyList<Trajectory>> Trajectories(RunFolderTable timeseries, IReadOnlyList<string> keys, IReadOnlyList<string> breakdowns)
    {
        var columns = keys.Select(timeseries.IndexOf).ToList();
        var breakdownColumns = breakdowns.Select(timeseries.IndexOf).ToList();
        int replicate = timeseries.IndexOf("replicate");
        int step = timeseries.IndexOf("step");
        int newAdopters = timeseries.IndexOf("new_adopters");
        int adopters = timeseries.IndexOf("adopters");
        var rows = new Dictionary<(GroupKey Key, int Replicate), SortedDictionary<int, double[]>>();
        var order = new List<(GroupKey Key, int Replicate)>();
        for (int row = 0; row < timeseries.Rows.Count; row++)
        {
            (GroupKey Key, int Replicate) id = (KeyOf(timeseries, row, keys, columns), (int)timeseries.Number(row, replicate));
            if (!rows.TryGetValue(id, out var steps))
            {
                rows[id] = steps = [];
                order.Add(id);
            }

            double at = timeseries.Number(row, step);
            if (at is < 0 or > MaxStep || at != Math.Floor(at))
            {
                throw new RunFolderException($"{timeseries.Path}: replicate {id.Replicate}: expected a step from 0 to {MaxStep}, found {timeseries.Text(row, step)}");
            }

            double[] values = [timeseries.Number(row, newAdopters), timeseries.Number(row, adopters), .. breakdownColumns.Select(c => timeseries.Number(row, c))];
            if (!steps.TryAdd((int)at, values))
            {
                throw new RunFolderException($"{timeseries.Path}: replicate {id.Replicate} has two rows for step {timeseries.Text(row, step)}{(id.Key.IsEmpty ? "" : $" at {id.Key.Label}")}");
            }
        }

        return order
            .GroupBy(id => id.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Trajectory>)[.. g.Select(id => Trajectory(id.Replicate, rows[id], breakdowns))]);
    }

    private static Trajectory Trajectory(int replicate, SortedDictionary<int, double[]> rows, IReadOnlyList<string> breakdowns)
    {
        int last = rows.Keys.Max();
        double[] Column(int index, bool runningTotal) => StepSeries.Fill(rows.Select(row => (row.Key, row.Value[index])), last, runningTotal);
        return new Trajectory(
            replicate,
            Column(0, runningTotal: false),
            Column(1, runningTotal: true),
            breakdowns.Select((c, i) => (c, (IReadOnlyList<double>)Column(2 + i, runningTotal: false))).ToDictionary(p => p.c, p => p.Item2));
    }
}
