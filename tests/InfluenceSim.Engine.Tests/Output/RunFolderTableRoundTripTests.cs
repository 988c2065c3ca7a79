using InfluenceSim.RunFolders;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>A run-folder table written as CSV or Parquet reads back through <see cref="RunFolderTable.Read"/> as written, its rows numbered by their lines in the CSV file.</summary>
public sealed class RunFolderTableRoundTripTests : IDisposable
{
    private const string Awkward = "a line\nbreak, a comma and a \"quote\"";

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    public async Task A_table_written_reads_back_as_written(TableFormat format)
    {
        var table = new OutputTable(
            "runs",
            [OutputColumn.Integer("replicate"), OutputColumn.Real("share", nullable: true), OutputColumn.Text("label"), OutputColumn.Key("seeding.strategy", ["random", "top-degree"])],
            [[Cell.Of(0), Cell.Of(0.1), Cell.Of(Awkward), Cell.Of("random")], [Cell.Of(1), Cell.Null, Cell.Of("plain"), Cell.Of("top-degree")]]);

        await TableFiles.WriteAsync(_temp.Path, table, format, TestContext.Current.CancellationToken);
        var read = RunFolderTable.Read(_temp.File("runs.csv"));

        Assert.Equal(format == TableFormat.Csv, File.Exists(_temp.File("runs.csv")));
        Assert.Equal(["replicate", "share", "label", "seeding.strategy"], read.Header);
        Assert.Equal(["seeding.strategy"], read.KeyColumns);
        Assert.Equal<IReadOnlyList<string>>([["0", "0.1", Awkward, "random"], ["1", "", "plain", "top-degree"]], read.Rows);
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    public async Task A_row_after_a_quoted_line_break_is_numbered_by_its_line_in_the_csv_file(TableFormat format)
    {
        var table = new OutputTable("runs", [OutputColumn.Integer("replicate"), OutputColumn.Text("label")], [[Cell.Of(0), Cell.Of(Awkward)], [Cell.Of(1), Cell.Of("plain")]]);

        await TableFiles.WriteAsync(_temp.Path, table, format, TestContext.Current.CancellationToken);
        var read = RunFolderTable.Read(_temp.File("runs.csv"));

        Assert.Equal([2, 4], [read.Line(0), read.Line(1)]);
    }

    [Fact]
    public void A_real_cell_refuses_what_is_not_a_finite_number_and_names_the_line_and_column()
    {
        File.WriteAllText(_temp.File("runs.csv"), "replicate,share\n0,0.25\n1,NaN\n2,x\n");
        var read = RunFolderTable.Read(_temp.File("runs.csv"));

        Assert.Equal(0.25, read.Real(0, 1));
        Assert.True(double.IsNaN(read.Number(1, 1)));
        Assert.EndsWith("runs.csv:3: column 'share': expected a finite number, found 'NaN'", Assert.Throws<RunFolderException>(() => read.Real(1, 1)).Message);
        Assert.EndsWith("runs.csv:4: column 'share': expected a number, found 'x'", Assert.Throws<RunFolderException>(() => read.Real(2, 1)).Message);
    }

    public void Dispose() => _temp.Dispose();
}
