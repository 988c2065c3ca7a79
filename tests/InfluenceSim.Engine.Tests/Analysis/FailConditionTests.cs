using InfluenceSim.Analysis;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>The <c>--fail-if</c> grammar: METRIC:difference&gt;X, difference&lt;X, abs-difference&gt;X or p&lt;X.</summary>
public sealed class FailConditionTests
{
    [Theory]
    [InlineData("adopted_fraction:abs-difference>0.05", "adopted_fraction", FailOperator.AbsoluteDifferenceAbove, 0.05)]
    [InlineData("steps:difference>2", "steps", FailOperator.DifferenceAbove, 2)]
    [InlineData("adopters:difference<-10", "adopters", FailOperator.DifferenceBelow, -10)]
    [InlineData("peak_step:p<0.01", "peak_step", FailOperator.PBelow, 0.01)]
    [InlineData("time_to_50:p<1e-3", "time_to_50", FailOperator.PBelow, 0.001)]
    public void Valid_conditions_parse(string text, string metric, FailOperator op, double threshold)
    {
        var condition = FailCondition.Parse(text, out string? error);

        Assert.Null(error);
        Assert.Equal(new FailCondition(metric, op, threshold, text), condition);
    }

    [Theory]
    [InlineData("adopted_fraction", "METRIC:CONDITION")]
    [InlineData("reach:p<0.01", "METRIC one of adopted_fraction, adopters, steps, exposures, time_to_50, peak_step")]
    [InlineData("steps:difference>=2", "expected a number after 'difference>', found '=2'")]
    [InlineData("steps:p>0.5", "expected a condition difference>X, difference<X, abs-difference>X or p<X")]
    [InlineData("steps:p<abc", "found 'abc'")]
    [InlineData("steps:p<NaN", "found 'NaN'")]
    public void Invalid_conditions_say_what_was_expected(string text, string message)
    {
        Assert.Null(FailCondition.Parse(text, out string? error));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.StartsWith("--fail-if: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_are_crossed_strictly_and_only_by_their_metric()
    {
        var up = Comparison("adopted_fraction", difference: 0.06, welchP: 0.004, mannWhitneyP: 0.2, PreferredTest.Welch);

        Assert.True(Parse("adopted_fraction:abs-difference>0.05").IsCrossedBy(up));
        Assert.True(Parse("adopted_fraction:abs-difference>0.05").IsCrossedBy(up with { Difference = -0.06 }));
        Assert.False(Parse("adopted_fraction:abs-difference>0.06").IsCrossedBy(up));
        Assert.True(Parse("adopted_fraction:difference>0").IsCrossedBy(up));
        Assert.False(Parse("adopted_fraction:difference<0").IsCrossedBy(up));
        Assert.False(Parse("steps:difference>0").IsCrossedBy(up));
    }

    [Fact]
    public void A_p_condition_reads_the_preferred_test()
    {
        var welch = Comparison("steps", difference: 1, welchP: 0.004, mannWhitneyP: 0.2, PreferredTest.Welch);

        Assert.True(Parse("steps:p<0.01").IsCrossedBy(welch));
        Assert.False(Parse("steps:p<0.01").IsCrossedBy(welch with { Preferred = PreferredTest.MannWhitney }));
        Assert.False(Parse("steps:p<0.01").IsCrossedBy(welch with { WelchP = null }));
    }

    private static FailCondition Parse(string text) => FailCondition.Parse(text, out _)!;

    private static MetricComparison Comparison(string metric, double difference, double? welchP, double mannWhitneyP, PreferredTest preferred) =>
        new("a", "b", [], metric, 1, 1 + difference, difference, null, welchP, mannWhitneyP, preferred);
}
