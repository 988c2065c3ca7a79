using InfluenceSim.RunFolders;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class OutputTableTests
{
    private static readonly OutputColumn[] Columns = [OutputColumn.Integer("n"), OutputColumn.Real("x", nullable: true), OutputColumn.Text("s")];

    [Fact]
    public void Rows_keep_their_cells_in_order()
    {
        var table = new OutputTable("t", Columns);

        table.Add(Cell.Of(1), Cell.Of(0.5), Cell.Of("a"));
        table.Add(Cell.Of(-2), Cell.Null, Cell.Of(string.Empty));

        Assert.Equal(2, table.RowCount);
        Assert.Equal(-2, table[1, 0].Integer);
        Assert.True(table[1, 1].IsNull);
        Assert.Equal(0.5, table[0, 1].Real);
        Assert.Equal("a", table[0, 2].Text);
        Assert.Equal(("t.csv", "t.parquet"), (table.CsvFile, table.ParquetFile));
    }

    [Fact]
    public void A_row_that_does_not_fit_the_columns_is_refused()
    {
        var table = new OutputTable("t", Columns);

        Assert.Throws<ArgumentException>(() => table.Add(Cell.Of(1), Cell.Of(0.5)));
        Assert.Throws<ArgumentException>(() => table.Add(Cell.Of(1.0), Cell.Of(0.5), Cell.Of("a")));
        Assert.Throws<ArgumentException>(() => table.Add(Cell.Null, Cell.Of(0.5), Cell.Of("a")));
        Assert.Equal(0, table.RowCount);
    }

    [Fact]
    public void A_table_needs_a_column_and_parquet_distinct_names()
    {
        Assert.Throws<ArgumentException>(() => new OutputTable("t", []));
        var twice = new OutputTable("runs", [OutputColumn.Integer("seed"), OutputColumn.Integer("seed")]);

        var error = Assert.Throws<ArgumentException>(() => OutputTableParquet.Schema(twice));

        Assert.Contains("'seed'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1E-05")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void Doubles_are_spelled_as_csv_format_spells_them(double value, string csv) => Assert.Equal(csv, Cell.Of(value).ToCsv());

    [Fact]
    public void A_parsed_number_keeps_its_spelling_for_csv_and_its_value_for_parquet()
    {
        var real = Cell.Parse("0.10", ColumnType.Real);
        var integer = Cell.Parse("007", ColumnType.Integer);

        Assert.Equal(("0.10", 0.1), (real.ToCsv(), real.Real));
        Assert.Equal(("007", 7L), (integer.ToCsv(), integer.Integer));
        Assert.True(Cell.Parse(string.Empty, ColumnType.Integer).IsNull);
        Assert.Equal("\"a,b\"", Cell.Parse("a,b", ColumnType.Text).ToCsv());
    }

    [Fact]
    public void A_cell_of_another_type_has_no_value_of_this_one()
    {
        Assert.Throws<InvalidOperationException>(() => Cell.Of(1).Real);
        Assert.Throws<InvalidOperationException>(() => Cell.Null.Text);
        Assert.Equal(string.Empty, Cell.Null.ToCsv());
    }

    [Theory]
    [InlineData(ColumnType.Integer, false, "1", "-20", "007")]
    [InlineData(ColumnType.Integer, true, "1", "", "3")]
    [InlineData(ColumnType.Real, false, "1", "0.5", "1E-05")]
    [InlineData(ColumnType.Real, true, "", "0.10", "2")]
    [InlineData(ColumnType.Text, false, "1", "random", "2")]
    [InlineData(ColumnType.Text, true, "", "", "")]
    [InlineData(ColumnType.Text, false, "1,000", "0x10", ".inf")]
    public void A_column_is_typed_by_its_values(ColumnType type, bool nullable, params string[] values) =>
        Assert.Equal(new OutputColumn("k", type, nullable), OutputColumn.Infer("k", values));
}
