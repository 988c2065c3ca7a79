using System.Globalization;

namespace InfluenceSim.Networks.Files;

/// <summary>Parses a tie weight: an invariant-culture number that is finite and &gt; 0.</summary>
internal static class WeightText
{
    public static double Parse(string text, string sourceName, int line, int column)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double weight) && double.IsFinite(weight) && weight > 0)
        {
            return weight;
        }

        string found = text.Length == 0 ? "nothing" : $"'{Shorten(text)}'";
        throw new NetworkFileException(sourceName, line, column, $"expected a weight (a finite number > 0), found {found}");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
