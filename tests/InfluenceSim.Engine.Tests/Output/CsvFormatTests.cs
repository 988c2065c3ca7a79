using System.Globalization;
using InfluenceSim.Files;
using InfluenceSim.RunFolders;

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

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("'=already", "''=already")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+3", "+3")]
    [InlineData("-Infinity", "'-Infinity")]
    [InlineData("plain", "plain")]
    [InlineData("it's", "it's")]
    public void Text_cells_a_spreadsheet_would_run_as_formulas_are_guarded_and_read_back_unchanged(string text, string cell)
    {
        Assert.Equal(cell, CsvFormat.Text(text));
        Assert.Equal([text], Assert.Single(CsvRecords.Read(cell + "\n")).Fields);
    }

    [Fact]
    public void A_guarded_table_keeps_its_values_in_Parquet()
    {
        var table = new OutputTable("t", [OutputColumn.Text("label"), OutputColumn.Real("x")], [[Cell.Of("=1+1"), Cell.Of(-0.5)]]);

        string csv = OutputTableCsv.Format(table);
        var back = Assert.Single(OutputTableCsv.Parse("t", csv).Rows);

        Assert.Equal("label,x\n'=1+1,-0.5\n", csv);
        Assert.Equal("=1+1", back[0].Text);
        Assert.Equal(-0.5, back[1].Real);
    }
}
