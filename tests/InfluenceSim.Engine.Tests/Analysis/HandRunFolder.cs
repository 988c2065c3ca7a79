using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>
/// Writes a small run folder by hand, as output.md describes it: manifest.json (complete, unless <see cref="Status"/>
/// says otherwise), runs.csv and timeseries.csv; with
/// <paramref name="attribution"/>, runs.csv has the attribution columns (replicate r: r rejected, word of mouth
/// share r / 10, broadcast share 0.5, cascade depth its steps, ended by <c>quiet</c> unless added with <see cref="AddCensored"/>),
/// else it is an older folder without them.
/// </summary>
internal sealed class HandRunFolder(string[] keyColumns, bool attribution = false)
{
    private static readonly string[] AttributionColumns = ["rejected", "word_of_mouth_share", "broadcast_share", "cascade_depth", "ended_by"];

    private readonly StringBuilder _runs = new(Line(["replicate", "seed", "adopters", "adopted_fraction", "steps", "exposures", .. attribution ? AttributionColumns : [], .. keyColumns]));
    private readonly StringBuilder _timeseries = new(Line(["replicate", "step", "new_adopters", "adopters", "exposures", .. keyColumns]));

    public long Seed { get; init; } = 7;

    public int Nodes { get; init; } = 100;

    /// <summary>The manifest's <c>status</c> (null: none); <c>complete</c> as a finished run writes it.</summary>
    public string? Status { get; init; } = "complete";

    /// <summary>The manifest's <c>results_version</c> (null: none, as in a folder written before it existed).</summary>
    public int? ResultsVersion { get; init; }

    /// <summary>Adds a replicate at the point named by <paramref name="keys"/> (values of the key columns, in order), from its new adopters per step.</summary>
    public HandRunFolder Add(string[] keys, int replicate, params long[] newAdopters) => Add(keys, replicate, "quiet", newAdopters);

    /// <summary>Adds a replicate as <see cref="Add(string[], int, long[])"/> does, one that was cut off at <c>max-steps</c> (<c>ended_by</c>).</summary>
    public HandRunFolder AddCensored(string[] keys, int replicate, params long[] newAdopters) => Add(keys, replicate, "max-steps", newAdopters);

    private HandRunFolder Add(string[] keys, int replicate, string endedBy, long[] newAdopters)
    {
        long adopters = 0;
        for (int t = 0; t < newAdopters.Length; t++)
        {
            adopters += newAdopters[t];
            _timeseries.Append(Line([Text(replicate), Text(t), Text(newAdopters[t]), Text(adopters), Text(t == 0 ? 0 : 10), .. keys]));
        }

        int steps = newAdopters.Length - 1;
        string[] shares = attribution ? [Text(replicate), Real(replicate / 10.0), Real(0.5), Text(steps), endedBy] : [];
        _runs.Append(Line([Text(replicate), Text(Seed), Text(adopters), Real((double)adopters / Nodes), Text(steps), Text(10L * steps), .. shares, .. keys]));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> replicates numbered from 0 at one point, replicate r with new adopters (1, base + r).</summary>
    public HandRunFolder AddPoint(string[] keys, int count, long baseAdopters)
    {
        for (int r = 0; r < count; r++)
        {
            Add(keys, r, 1, baseAdopters + r);
        }

        return this;
    }

    /// <summary>Writes the three files into <paramref name="folder"/> (created) and returns it.</summary>
    public string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var manifest = new JsonObject { ["seed"] = Seed, ["scenario"] = new JsonObject { ["name"] = "hand" }, ["nodes"] = Nodes };
        if (Status is not null)
        {
            manifest["status"] = Status;
        }

        if (ResultsVersion is not null)
        {
            manifest["results_version"] = ResultsVersion;
        }

        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "runs.csv"), _runs.ToString());
        File.WriteAllText(Path.Combine(folder, "timeseries.csv"), _timeseries.ToString());
        return folder;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Line(string[] fields) => string.Join(',', fields) + "\n";
}
