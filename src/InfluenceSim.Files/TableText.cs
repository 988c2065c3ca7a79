using System.Globalization;

namespace InfluenceSim.Files;

/// <summary>
/// A run folder's table as text fields, numbers spelled as its CSV file spells them and texts without the formula guard,
/// the same from a CSV file and its Parquet twin: the file it was read from, the header's column names and the data
/// rows, each with its line number (for a Parquet file, the line its CSV twin would have).
/// </summary>
public sealed record TableText(string Path, IReadOnlyList<string> Header, IReadOnlyList<(int Line, string[] Fields)> Rows)
{
    /// <summary>
    /// Reads a run folder's table, the one reader of <c>compare</c> and <c>report</c>: the CSV file written as in
    /// docs/output.md (comma-separated, RFC 4180 quotes that may hold a line break, header first, blank lines skipped,
    /// see <see cref="CsvRecords"/>), or its Parquet twin when only that is there (<see cref="ParquetTableText"/>).
    /// </summary>
    /// <exception cref="IOException">The file is missing, not a regular file or cannot be read; the message names it.</exception>
    /// <exception cref="FormatException">The file is not a table: no header line, an unclosed quote or a row whose field count differs from the header's; the message names the file and line.</exception>
    public static TableText Read(string csvPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        if (ParquetTableText.TwinOf(csvPath) is { } twin)
        {
            return ParquetTableText.Read(twin);
        }

        if (!File.Exists(csvPath))
        {
            throw new IOException($"'{csvPath}' is missing");
        }

        List<(int Line, string[] Fields)> records;
        try
        {
            records = CsvRecords.Read(RegularFile.ReadAllText(csvPath));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{csvPath}: {e.Message}", e);
        }

        records.RemoveAll(r => r.Fields is [var only] && string.IsNullOrWhiteSpace(only));
        if (records.Count == 0 || records[0].Line != 1)
        {
            throw new FormatException($"'{csvPath}' has no header line");
        }

        string[] header = records[0].Fields;
        var rows = records.GetRange(1, records.Count - 1);
        if (rows.Find(r => r.Fields.Length != header.Length) is { Fields: not null } bad)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{csvPath}:{bad.Line}: expected {header.Length} fields as in the header, found {bad.Fields.Length}"));
        }

        return new TableText(csvPath, header, rows);
    }
}
