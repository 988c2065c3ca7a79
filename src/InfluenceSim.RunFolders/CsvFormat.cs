using System.Globalization;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>How the run folder's CSV files spell values: invariant culture, LF line endings, header line first.</summary>
public static class CsvFormat
{
    /// <summary>The line terminator of every CSV line, the last included.</summary>
    public const char NewLine = '\n';

    /// <summary>An integer in plain invariant digits, e.g. <c>-12</c>.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double in its shortest round-trip form, e.g. <c>0.1</c>, <c>1</c>, <c>1E-05</c>.</summary>
    public static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// A text field: guarded against spreadsheet formulas (<see cref="CsvCell.Guard"/>), then quoted (RFC 4180) when
    /// it holds a comma, a quote or a line break.
    /// </summary>
    public static string Text(string value)
    {
        string cell = CsvCell.Guard(value);
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>The replicates in output order: by group, then replicate number.</summary>
    public static IEnumerable<ReplicateResult> InOrder(RunResult result) => result.Replicates.OrderBy(r => r.Group).ThenBy(r => r.Replicate);

    /// <summary>Writes one line: the fields joined by commas, then <see cref="NewLine"/>.</summary>
    public static void WriteLine(TextWriter writer, params ReadOnlySpan<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(fields[i]);
        }

        writer.Write(NewLine);
    }
}
