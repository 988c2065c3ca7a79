using InfluenceSim.RunFolders;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class OutputTableTests
{
    private static readonly OutputColumn[] Columns = [OutputColumn.Integer("n"), OutputColumn.Real("x", nullable: true), OutputColumn.Text("s")];

    [Fact]
    public void Rows_keep_their_cells_in_order_and_are_produced_afresh_at_each_enumeration()
    {
        int produced = 0;
        var table = new OutputTable("t", Columns, Rows());

        var rows = table.Rows.ToList();
        Assert.Equal(2, table.Rows.Count());

        Assert.Equal(4, produced);
        Assert.Equal(2, rows.Count);
        Assert.Equal(-2, rows[1][0].Integer);
        Assert.True(rows[1][1].IsNull);
        Assert.Equal(0.5, rows[0][1].Real);
        Assert.Equal("a", rows[0][2].Text);
        Assert.Equal(("t.csv", "t.parquet"), (table.CsvFile, table.ParquetFile));

        IEnumerable<Cell[]> Rows()
        {
            produced++;
            yield return [Cell.Of(1), Cell.Of(0.5), Cell.Of("a")];
            produced++;
            yield return [Cell.Of(-2), Cell.Null, Cell.Of(string.Empty)];
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_row_that_does_not_fit_the_columns_is_refused_when_it_is_reached(int bad)
    {
        Cell[][] wrong = [[Cell.Of(1), Cell.Of(0.5)], [Cell.Of(1.0), Cell.Of(0.5), Cell.Of("a")], [Cell.Null, Cell.Of(0.5), Cell.Of("a")]];
        var table = new OutputTable("t", Columns, [[Cell.Of(1), Cell.Null, Cell.Of("a")], wrong[bad]]);

        using var rows = table.Rows.GetEnumerator();

        Assert.True(rows.MoveNext());
        Assert.Throws<ArgumentException>(() => rows.MoveNext());
    }

    [Fact]
    public void A_table_needs_a_column_and_parquet_distinct_names()
    {
        Assert.Throws<ArgumentException>(() => new OutputTable("t", [], []));
        var twice = new OutputTable("runs", [OutputColumn.Integer("seed"), OutputColumn.Integer("seed")], []);

        var error = Assert.Throws<ArgumentException>(() => OutputTableParquet.Schema(twice));

        Assert.Contains("'seed'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_from_a_header_take_the_default_type_unless_declared_and_a_stray_name_is_refused()
    {
        Assert.Equal(
            [OutputColumn.Integer("n"), OutputColumn.Real("x", nullable: true), OutputColumn.Integer("m")],
            OutputColumn.FromHeader("n,x,m", ColumnType.Integer, null, OutputColumn.Real("x", nullable: true)));
        Assert.Equal(
            [OutputColumn.Text("s"), OutputColumn.Real("x", nullable: true), OutputColumn.Real("y")],
            OutputColumn.FromHeader("s,x,y", ColumnType.Real, ["x"], OutputColumn.Text("s")));
        Assert.Throws<ArgumentException>(() => OutputColumn.FromHeader("n,m", ColumnType.Integer, null, OutputColumn.Text("x")));
        Assert.Throws<ArgumentException>(() => OutputColumn.FromHeader("n,m", ColumnType.Integer, ["x"]));
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
