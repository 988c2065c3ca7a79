namespace InfluenceSim.RunFolders;

/// <summary>Which files each table of a run folder is written as: <c>--format csv|parquet|both</c>.</summary>
public enum TableFormat
{
    /// <summary>Only <c>NAME.csv</c>.</summary>
    Csv,

    /// <summary>Only <c>NAME.parquet</c>.</summary>
    Parquet,

    /// <summary><c>NAME.csv</c> and <c>NAME.parquet</c>.</summary>
    Both,
}
