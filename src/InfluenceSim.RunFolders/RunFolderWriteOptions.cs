namespace InfluenceSim.RunFolders;

/// <summary>How <see cref="RunFolderWriter"/> writes a run folder: what the manifest records, which tables and formats, whether an old run folder may be replaced.</summary>
/// <param name="Info">What the manifest records about the run beyond the scenario and the results; the writer replaces its end time and output timing with its own.</param>
public sealed record RunFolderWriteOptions(ManifestInfo Info)
{
    /// <summary>Whether a run folder already at the target is replaced (moved aside, deleted once the new one is in place).</summary>
    public bool Force { get; init; }

    /// <summary>The clock the writer measures its own phase with (null: the system's).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>The tables, files and <c>summary.json</c> members beyond the core ones (null: none).</summary>
    public RunFolderExtras? Extras { get; init; }

    /// <summary>Which files each table is written as: <c>NAME.csv</c>, <c>NAME.parquet</c> or both.</summary>
    public TableFormat Format { get; init; } = TableFormat.Csv;
}
