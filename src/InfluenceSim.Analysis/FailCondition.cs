using System.Globalization;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Analysis;

/// <summary>
/// A <c>--fail-if</c> threshold, <c>METRIC:CONDITION</c>: a compared metric, then <c>difference&gt;X</c>,
/// <c>difference&lt;X</c>, <c>abs-difference&gt;X</c> or <c>p&lt;X</c>, with X a number (invariant
/// culture), e.g. <c>adopted_fraction:abs-difference&gt;0.05</c>.
/// </summary>
public sealed record FailCondition(string Metric, FailOperator Operator, double Threshold, string Text)
{
    private static readonly (string Prefix, FailOperator Operator)[] Conditions =
    [
        ("abs-difference>", FailOperator.AbsoluteDifferenceAbove),
        ("difference>", FailOperator.DifferenceAbove),
        ("difference<", FailOperator.DifferenceBelow),
        ("p<", FailOperator.PBelow),
    ];

    /// <summary>Parses a condition; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static FailCondition? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        string metric = colon < 0 ? "" : text[..colon];
        if (ComparedMetric.Find(metric) is null)
        {
            error = $"--fail-if: expected METRIC:CONDITION with METRIC one of {string.Join(", ", ComparedMetric.All.Select(m => m.Name))}, found {EchoedValue.Quote(text)}";
            return null;
        }

        string condition = text[(colon + 1)..];
        foreach (var (prefix, op) in Conditions)
        {
            if (condition.StartsWith(prefix, StringComparison.Ordinal))
            {
                string number = condition[prefix.Length..];
                if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold) && double.IsFinite(threshold))
                {
                    return new FailCondition(metric, op, threshold, text);
                }

                error = $"--fail-if: expected a number after '{prefix}', found {EchoedValue.Quote(number)} in {EchoedValue.Quote(text)}";
                return null;
            }
        }

        error = $"--fail-if: expected a condition difference>X, difference<X, abs-difference>X or p<X after '{metric}:', found {EchoedValue.Quote(condition)}";
        return null;
    }

    /// <summary>
    /// Whether the comparison crosses the threshold: it must be of this metric; a p-value condition is never
    /// crossed by an undefined p-value.
    /// </summary>
    public bool IsCrossedBy(MetricComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Metric != Metric)
        {
            return false;
        }

        return Operator switch
        {
            FailOperator.DifferenceAbove => comparison.Difference > Threshold,
            FailOperator.DifferenceBelow => comparison.Difference < Threshold,
            FailOperator.AbsoluteDifferenceAbove => Math.Abs(comparison.Difference) > Threshold,
            _ => comparison.PreferredP is { } p && p < Threshold,
        };
    }
}
