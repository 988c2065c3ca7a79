namespace InfluenceSim.RunFolders;

/// <summary>What a <see cref="TableFormat"/> writes, and its spelling on the command line and in the manifest.</summary>
public static class TableFormats
{
    public static bool WritesCsv(this TableFormat format) => format is TableFormat.Csv or TableFormat.Both;

    public static bool WritesParquet(this TableFormat format) => format is TableFormat.Parquet or TableFormat.Both;

    /// <summary>The format's name: <c>csv</c>, <c>parquet</c> or <c>both</c>.</summary>
    public static string Name(this TableFormat format) => format switch
    {
        TableFormat.Csv => "csv",
        TableFormat.Parquet => "parquet",
        TableFormat.Both => "both",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a table format"),
    };

    /// <summary>The format of a name (<c>csv</c>, <c>parquet</c> or <c>both</c>, exactly), or null for any other text.</summary>
    public static TableFormat? Parse(string? name) => name switch
    {
        "csv" => TableFormat.Csv,
        "parquet" => TableFormat.Parquet,
        "both" => TableFormat.Both,
        _ => null,
    };
}
