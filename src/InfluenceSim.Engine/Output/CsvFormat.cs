using System.Globalization;
using System.Text;

namespace InfluenceSim.Engine.Output;

/// <summary>How the run folder's CSV files spell values: invariant culture, LF line endings, header line first.</summary>
public static class CsvFormat
{
    /// <summary>The line terminator of every CSV line, the last included.</summary>
    public const char NewLine = '\n';

    /// <summary>An integer in plain invariant digits, e.g. <c>-12</c>.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double in its shortest round-trip form, e.g. <c>0.1</c>, <c>1</c>, <c>1E-05</c>.</summary>
    public static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Appends one line: the fields joined by commas, then <see cref="NewLine"/>.</summary>
    public static void AppendLine(StringBuilder text, params ReadOnlySpan<string> fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(fields[i]);
        }

        text.Append(NewLine);
    }
}
