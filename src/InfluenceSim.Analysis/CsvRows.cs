using System.Globalization;

namespace InfluenceSim.Analysis;

/// <summary>A run folder's CSV file (or its Parquet twin) read back: the header's column names and the data rows, each with its 1-based line number.</summary>
internal sealed class CsvRows
{
    private readonly Dictionary<string, int> _index;

    private CsvRows(string path, IReadOnlyList<string> columns, IReadOnlyList<(int Line, string[] Fields)> rows)
    {
        Path = path;
        Columns = columns;
        Rows = rows;
        _index = columns.Select((c, i) => (c, i)).DistinctBy(p => p.c).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    public string Path { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Reads a run folder's table (<see cref="TableText.Read"/>); a <see cref="RunFolderException"/> naming the file when it cannot.</summary>
    public static CsvRows Read(string path)
    {
        try
        {
            var table = TableText.Read(path);
            return new CsvRows(table.Path, table.Header, table.Rows);
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw new RunFolderException(e.Message, e);
        }
    }

    /// <summary>The position of a column that must be there.</summary>
    public int Require(string column) =>
        _index.TryGetValue(column, out int index) ? index : throw new RunFolderException($"'{Path}' has no column '{column}'");

    /// <summary>The position of a column that may be missing, or null.</summary>
    public int? Find(string column) => _index.TryGetValue(column, out int index) ? index : null;

    public int Int32((int Line, string[] Fields) row, int column) =>
        int.TryParse(row.Fields[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw Invalid(row, column, "an integer");

    public long Int64((int Line, string[] Fields) row, int column) =>
        long.TryParse(row.Fields[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Invalid(row, column, "an integer");

    public double Real((int Line, string[] Fields) row, int column) =>
        double.TryParse(row.Fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw Invalid(row, column, "a number");

    private RunFolderException Invalid((int Line, string[] Fields) row, int column, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Path}:{row.Line}: column '{Columns[column]}': expected {expected}, found '{row.Fields[column]}'"));
}
