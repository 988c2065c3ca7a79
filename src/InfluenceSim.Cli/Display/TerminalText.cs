using System.Globalization;
using System.Text;

namespace InfluenceSim.Cli.Display;

/// <summary>
/// Escapes the control characters of text bound for the terminal (C0 controls but newline and tab,
/// DEL, C1 controls) as <c>\xHH</c>, so that a scenario or network file cannot send escape sequences
/// to the user's terminal through an error message (docs/safety.md).
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> is written as <c>\xHH</c>.</summary>
    public static bool IsEscaped(char c) => c is not ('\n' or '\t') && (c < 0x20 || c is >= '\u007F' and <= '\u009F');

    /// <summary><paramref name="text"/> with every escaped character written as <c>\xHH</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsEscaped))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (IsEscaped(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
