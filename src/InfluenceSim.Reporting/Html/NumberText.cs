using System.Globalization;
using InfluenceSim.Reporting.Analysis;

namespace InfluenceSim.Reporting.Html;

/// <summary>Numbers as the report's tables print them, in the invariant culture: four significant digits, thousands grouped.</summary>
public static class NumberText
{
    public static string Format(double value) =>
        double.IsNaN(value) ? "n/a"
        : Math.Abs(value) >= 10_000 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A mean with its interval: <c>0.5785 [0.5722, 0.5848]</c>.</summary>
    public static string Format(double mean, double lower, double upper) => $"{Format(mean)} [{Format(lower)}, {Format(upper)}]";

    public static string Format(MeanInterval interval) => Format(interval.Mean, interval.Lower, interval.Upper);
}
