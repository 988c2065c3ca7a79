using System.Globalization;
using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Analysis;

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

    /// <summary>
    /// Reads a CSV file written as in output.md: comma-separated, RFC 4180 quotes, header first; blank lines are
    /// skipped. When the CSV file is missing but its Parquet twin is there (a run written with <c>--format parquet</c>),
    /// reads the twin as the same text (<see cref="ParquetTableText"/>).
    /// </summary>
    public static CsvRows Read(string path)
    {
        if (ParquetTableText.TwinOf(path) is { } twin)
        {
            return FromParquet(twin);
        }

        if (!File.Exists(path))
        {
            throw new RunFolderException($"'{path}' is missing");
        }

        List<(int Line, string[] Fields)> records;
        try
        {
            records = CsvRecords.Read(ReadText(path));
        }
        catch (FormatException e)
        {
            throw new RunFolderException($"{path}:{e.Message}", e);
        }

        records.RemoveAll(r => r.Fields is [""]);
        if (records.Count == 0 || records[0].Line != 1)
        {
            throw new RunFolderException($"'{path}' has no header line");
        }

        var header = records[0].Fields;
        var rows = records.Skip(1).ToList();
        if (rows.FirstOrDefault(r => r.Fields.Length != header.Length) is { Fields: not null } bad)
        {
            throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{path}:{bad.Line}: expected {header.Length} fields as in the header, found {bad.Fields.Length}"));
        }

        return new CsvRows(path, header, rows);
    }

    private static CsvRows FromParquet(string path)
    {
        try
        {
            var table = ParquetTableText.Read(path);
            return new CsvRows(path, table.Header, table.Rows);
        }
        catch (IOException e)
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

    /// <summary>The whole text of a run folder's file, which must be a regular file (<see cref="RegularFile"/>); a <see cref="RunFolderException"/> naming it when it is not or cannot be read.</summary>
    private static string ReadText(string path)
    {
        try
        {
            return RegularFile.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new RunFolderException(e.Message, e);
        }
    }
}
