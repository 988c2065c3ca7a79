using System.Globalization;
using InfluenceSim.Files;

namespace InfluenceSim.Reporting.Data;

/// <summary>A run folder's table (its CSV file or Parquet twin) read whole: its header and its rows as text, read by column name, with the file and line named in every error.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlyList<int> _lines;

    private CsvTable(string path, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int> lines)
    {
        Path = path;
        Header = header;
        Rows = rows;
        _lines = lines;
        _columns = [];
        for (int i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Reads a run folder's table (<see cref="TableText.Read"/>); a <see cref="ReportInputException"/> naming the file when it cannot.</summary>
    public static CsvTable Read(string path)
    {
        try
        {
            var table = TableText.Read(path);
            return new CsvTable(table.Path, table.Header, [.. table.Rows.Select(r => (IReadOnlyList<string>)r.Fields)], [.. table.Rows.Select(r => r.Line)]);
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw new ReportInputException(e.Message, e);
        }
    }

    /// <summary>The 1-based line of row <paramref name="row"/> in the file.</summary>
    public int Line(int row) => _lines[row];

    /// <summary>Whether the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Checks that the header has every one of <paramref name="columns"/>; an error naming the file and all that are missing.</summary>
    public void Require(IEnumerable<string> columns)
    {
        var missing = columns.Where(c => !Has(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ReportInputException($"{Path}: no column {string.Join(", ", missing.Select(c => $"'{c}'"))} (the header is: {string.Join(",", Header)})");
        }
    }

    /// <summary>The position of <paramref name="column"/>; an error naming the file when the header lacks it.</summary>
    public int IndexOf(string column) =>
        _columns.TryGetValue(column, out int index) ? index : throw new ReportInputException($"{Path}: no column '{column}' (the header is: {string.Join(",", Header)})");

    /// <summary>The text of row <paramref name="row"/> in column <paramref name="column"/>.</summary>
    public string Text(int row, int column) => Rows[row][column];

    /// <summary>The number in row <paramref name="row"/>, column <paramref name="column"/>, read in the invariant culture.</summary>
    public double Number(int row, int column)
    {
        string text = Rows[row][column];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ReportInputException($"{Path}:{_lines[row]}: column '{Header[column]}': expected a number, found '{text}'");
    }

    /// <summary>Whether every row holds a number in <paramref name="column"/>.</summary>
    public bool IsNumeric(int column) =>
        Rows.All(r => double.TryParse(r[column], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
}
