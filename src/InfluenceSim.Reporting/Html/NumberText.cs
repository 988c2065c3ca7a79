using System.Globalization;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Html;

/// <summary>
/// Numbers as people read them in the console and the report (docs/output.md "Precision"): three significant digits, the
/// invariant culture, thousands grouped (<c>0.578</c>, <c>-0.272</c>, <c>24.3</c>, <c>12,300</c>); a value below 0.0001 in
/// magnitude in scientific notation (<c>1.23e-05</c>). The files keep every digit.
/// </summary>
public static class NumberText
{
    /// <summary>How many significant digits a number is shown with.</summary>
    public const int SignificantDigits = 3;

    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return "0";
        }

        if (Math.Abs(value) < 1e-4)
        {
            return value.ToString("0.00e-00", CultureInfo.InvariantCulture);
        }

        int decimals = SignificantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        double rounded = Rounded(value, decimals);
        if (SignificantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(rounded))) < decimals)
        {
            decimals--;
            rounded = Rounded(value, decimals);
        }

        return rounded.ToString("N" + Math.Max(0, decimals).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A mean with its interval: <c>0.578 [0.572, 0.585]</c>.</summary>
    public static string Format(double mean, double lower, double upper) => $"{Format(mean)} [{Format(lower)}, {Format(upper)}]";

    /// <summary>A sample's mean with its t-based 95% interval, as <see cref="Format(double, double, double)"/>.</summary>
    public static string Format(SampleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Format(summary.Mean, summary.Ci95Low, summary.Ci95High);
    }

    /// <summary><paramref name="value"/> rounded to <paramref name="decimals"/> decimal places (tens, hundreds, ... when negative), halves away from zero.</summary>
    private static double Rounded(double value, int decimals)
    {
        if (decimals >= 0)
        {
            return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        double scale = Math.Pow(10, -decimals);
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }
}
