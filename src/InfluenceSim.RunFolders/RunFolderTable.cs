using System.Globalization;

namespace InfluenceSim.RunFolders;

/// <summary>A run folder's table (its CSV file or Parquet twin, <see cref="TableText"/>) read whole: its header and its rows as text, read by column name, with the file and line named in every error.</summary>
public sealed class RunFolderTable
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<int> _lines;

    private RunFolderTable(TableText text)
    {
        Path = text.Path;
        Header = text.Header;
        Rows = [.. text.Rows.Select(r => (IReadOnlyList<string>)r.Fields)];
        _lines = [.. text.Rows.Select(r => r.Line)];
        for (int i = 0; i < Header.Count; i++)
        {
            _columns.TryAdd(Header[i], i);
        }
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The header's key columns (<see cref="TableKeys.IsKeyColumn"/>), in file order.</summary>
    public IReadOnlyList<string> KeyColumns => [.. Header.Where(TableKeys.IsKeyColumn)];

    /// <summary>Reads a run folder's table (<see cref="TableText.Read"/>); a <see cref="RunFolderException"/> naming the file when it cannot.</summary>
    public static RunFolderTable Read(string path)
    {
        try
        {
            return new RunFolderTable(TableText.Read(path));
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw new RunFolderException(e.Message, e);
        }
    }

    /// <summary>The 1-based line of row <paramref name="row"/> in the file.</summary>
    public int Line(int row) => _lines[row];

    /// <summary>Every row with its line, as <see cref="RunValueRules.FirstProblem"/> reads them.</summary>
    public IEnumerable<(int Line, IReadOnlyList<string> Fields)> NumberedRows() => Rows.Select((row, i) => (_lines[i], row));

    /// <summary>The position of <paramref name="column"/>, or null when the header lacks it.</summary>
    public int? Find(string column) => _columns.TryGetValue(column, out int index) ? index : null;

    /// <summary>Checks that the header has every one of <paramref name="columns"/>; an error naming the file and all that are missing.</summary>
    public void Require(IEnumerable<string> columns)
    {
        var missing = columns.Where(c => !_columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new RunFolderException($"{Path}: no column {string.Join(", ", missing.Select(c => $"'{c}'"))} (the header is: {string.Join(",", Header)})");
        }
    }

    /// <summary>The position of <paramref name="column"/>; an error naming the file when the header lacks it.</summary>
    public int IndexOf(string column) =>
        Find(column) ?? throw new RunFolderException($"{Path}: no column '{column}' (the header is: {string.Join(",", Header)})");

    /// <summary>The text of row <paramref name="row"/> in column <paramref name="column"/>.</summary>
    public string Text(int row, int column) => Rows[row][column];

    /// <summary>The number in row <paramref name="row"/>, column <paramref name="column"/>, read in the invariant culture.</summary>
    public double Number(int row, int column) =>
        double.TryParse(Rows[row][column], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : throw Invalid(row, column, "a number");

    /// <summary>The finite number in row <paramref name="row"/>, column <paramref name="column"/> (<see cref="Number"/> without NaN or infinities).</summary>
    public double Real(int row, int column) =>
        Number(row, column) is var value && double.IsFinite(value) ? value : throw Invalid(row, column, "a finite number");

    /// <summary>The integer in row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public int Int32(int row, int column) =>
        int.TryParse(Rows[row][column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : throw Invalid(row, column, "an integer");

    /// <summary>The integer in row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public long Int64(int row, int column) =>
        long.TryParse(Rows[row][column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ? value : throw Invalid(row, column, "an integer");

    /// <summary>Whether every row holds a number in <paramref name="column"/>.</summary>
    public bool IsNumeric(int column) =>
        Rows.All(r => double.TryParse(r[column], NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    private RunFolderException Invalid(int row, int column, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Path}:{_lines[row]}: column '{Header[column]}': expected {expected}, found '{Rows[row][column]}'"));
}
