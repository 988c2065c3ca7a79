namespace InfluenceSim.RunFolders;

/// <summary>The type of an output table's column: Parquet INT64, DOUBLE or UTF-8 string.</summary>
public enum ColumnType
{
    /// <summary>A 64-bit signed integer, written in plain digits in CSV.</summary>
    Integer,

    /// <summary>A double, written in its shortest round-trip form in CSV.</summary>
    Real,

    /// <summary>A text, quoted in CSV when it holds a comma, a quote or a line break.</summary>
    Text,
}
