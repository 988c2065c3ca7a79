using System.Globalization;
using InfluenceSim.Reporting.Html;

namespace InfluenceSim.Reporting.Tests.Html;

/// <summary>Numbers as the console and the report show them: three significant digits, invariant culture.</summary>
public sealed class NumberTextTests
{
    [Theory]
    [InlineData(0.57853, "0.579")]
    [InlineData(0.5784999, "0.578")]
    [InlineData(-0.27154999999999996, "-0.272")]
    [InlineData(24.35, "24.4")]
    [InlineData(9.996, "10.0")]
    [InlineData(999.6, "1,000")]
    [InlineData(12345.6, "12,300")]
    [InlineData(1234567, "1,230,000")]
    [InlineData(1, "1.00")]
    [InlineData(0, "0")]
    [InlineData(0.0001234, "0.000123")]
    [InlineData(0.00001234, "1.23e-05")]
    [InlineData(double.NaN, "n/a")]
    [InlineData(double.PositiveInfinity, "inf")]
    public void A_number_has_three_significant_digits(double value, string text)
    {
        Assert.Equal(text, NumberText.Format(value));
    }

    [Fact]
    public void A_mean_reads_with_its_interval()
    {
        Assert.Equal("0.578 [0.572, 0.585]", NumberText.Format(0.5782, 0.57215, 0.5849));
    }

    [Fact]
    public void The_format_does_not_depend_on_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal("12,300 [-0.272, 1.00]", NumberText.Format(12345.6, -0.27154999999999996, 1));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
