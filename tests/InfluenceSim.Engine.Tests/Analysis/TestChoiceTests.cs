using InfluenceSim.Analysis;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>Mann–Whitney is preferred for skewed samples (|G1| &gt; 1) or when Welch's test is undefined.</summary>
public sealed class TestChoiceTests
{
    // Nine zeros and a 10: G1 = √90 / 8 x 72 / 27 ≈ 3.16 (by hand).
    private static readonly double[] AllOrNothing = [0, 0, 0, 0, 0, 0, 0, 0, 0, 10];
    private static readonly double[] Symmetric = [1, 2, 3, 4, 5];

    [Fact]
    public void A_skewed_sample_in_either_run_prefers_mann_whitney()
    {
        Assert.True(TestChoice.IsSkewed(AllOrNothing));
        Assert.Equal(PreferredTest.MannWhitney, TestChoice.For(AllOrNothing, Symmetric, welchDefined: true));
        Assert.Equal(PreferredTest.MannWhitney, TestChoice.For(Symmetric, AllOrNothing, welchDefined: true));
    }

    [Fact]
    public void Symmetric_samples_prefer_welch()
    {
        Assert.False(TestChoice.IsSkewed(Symmetric));
        Assert.Equal(PreferredTest.Welch, TestChoice.For(Symmetric, [2, 3, 4], welchDefined: true));
    }

    [Fact]
    public void An_undefined_skewness_does_not_count_as_skewed()
    {
        Assert.False(TestChoice.IsSkewed([4, 4, 4, 4]));
        Assert.False(TestChoice.IsSkewed([1, 100]));
    }

    [Fact]
    public void An_undefined_welch_test_prefers_mann_whitney()
    {
        Assert.Equal(PreferredTest.MannWhitney, TestChoice.For([1], Symmetric, welchDefined: false));
    }

    [Fact]
    public void Tests_are_named_as_comparison_csv_writes_them()
    {
        Assert.Equal("welch", TestChoice.Name(PreferredTest.Welch));
        Assert.Equal("mann-whitney", TestChoice.Name(PreferredTest.MannWhitney));
    }
}
