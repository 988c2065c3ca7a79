using System.Globalization;
using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class CsvFormatTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1")]
    [InlineData(0.0, "0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1E-05")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void Reals_are_shortest_round_trip(double value, string expected)
    {
        Assert.Equal(expected, CsvFormat.Real(value));
        Assert.Equal(value, double.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Numbers_ignore_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("0.5", CsvFormat.Real(0.5));
            Assert.Equal("-1234567", CsvFormat.Integer(-1234567));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
