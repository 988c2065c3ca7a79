using System.Globalization;

namespace InfluenceSim.Files;

/// <summary>
/// Guards CSV text cells against spreadsheet formulas (docs/output.md): a text that starts with <c>=</c>, <c>+</c>,
/// <c>-</c> or <c>@</c> (after any leading <c>'</c>) and is not a number is written with a leading <c>'</c>, which
/// every reader of the tool removes again. Numbers (<c>-0.5</c>, <c>+3</c>) are written as they are.
/// </summary>
public static class CsvCell
{
    /// <summary>The character written before a guarded cell.</summary>
    public const char GuardMark = '\'';

    /// <summary>The characters that make a spreadsheet read a cell as a formula.</summary>
    public static readonly IReadOnlyList<char> FormulaStarts = ['=', '+', '-', '@'];

    /// <summary>The text as a CSV cell holds it: with a leading <c>'</c> when a spreadsheet would read it as a formula.</summary>
    public static string Guard(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsGuard(text) ? GuardMark + text : text;
    }

    /// <summary>The text a cell written by <see cref="Guard"/> holds: its leading <c>'</c> removed when <see cref="Guard"/> put it there.</summary>
    public static string Unguard(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == GuardMark && NeedsGuard(cell[1..]) ? cell[1..] : cell;
    }

    private static bool NeedsGuard(string text)
    {
        string unmarked = text.TrimStart(GuardMark);
        return unmarked.Length > 0
            && FormulaStarts.Contains(unmarked[0])
            && !(double.TryParse(unmarked, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number));
    }
}
