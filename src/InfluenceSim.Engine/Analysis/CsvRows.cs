using System.Globalization;
using System.Text;

namespace InfluenceSim.Engine.Analysis;

/// <summary>A run folder's CSV file read back: the header's column names and the data rows, each with its 1-based line number.</summary>
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

    /// <summary>Reads a CSV file written as in output.md: comma-separated, RFC 4180 quotes, header first; blank lines are skipped.</summary>
    public static CsvRows Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new RunFolderException($"'{path}' is missing");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllText(path).Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunFolderException($"cannot read '{path}': {e.Message}", e);
        }

        if (lines[0].TrimEnd('\r').Length == 0)
        {
            throw new RunFolderException($"'{path}' has no header line");
        }

        var header = Split(path, 1, lines[0].TrimEnd('\r'));
        var rows = new List<(int, string[])>();
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(path, i + 1, line);
            if (fields.Length != header.Length)
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{path}:{i + 1}: expected {header.Length} fields as in the header, found {fields.Length}"));
            }

            rows.Add((i + 1, fields));
        }

        return new CsvRows(path, header, rows);
    }

    /// <summary>The position of a column that must be there.</summary>
    public int Require(string column) =>
        _index.TryGetValue(column, out int index) ? index : throw new RunFolderException($"'{Path}' has no column '{column}'");

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

    private static string[] Split(string path, int line, string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: a quoted field is not closed"));
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
