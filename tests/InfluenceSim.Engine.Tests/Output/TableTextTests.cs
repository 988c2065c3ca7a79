using InfluenceSim.Files;
using InfluenceSim.RunFolders;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>The one reader of run-folder tables that compare and report share (<see cref="TableText.Read"/>), against the writer.</summary>
public sealed class TableTextTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_table_written_by_the_run_folder_writer_reads_back_field_for_field()
    {
        string label = "a \"quoted\", multi-line\nlabel";
        var table = new OutputTable(
            "labels",
            [OutputColumn.Text("label"), OutputColumn.Integer("replicate"), OutputColumn.Real("adopted_fraction"), OutputColumn.Text("note")],
            [[Cell.Of(label), Cell.Of(0L), Cell.Of(0.25), Cell.Of("=formula")], [Cell.Of("plain"), Cell.Of(1L), Cell.Of(1.0 / 3), Cell.Of("crlf\r\nend")]]);
        string path = _temp.Write(table.CsvFile, OutputTableCsv.Format(table));

        var read = TableText.Read(path);

        Assert.Equal(["label", "replicate", "adopted_fraction", "note"], read.Header);
        Assert.Equal([2, 4], read.Rows.Select(r => r.Line));
        Assert.Equal([label, "0", "0.25", "=formula"], read.Rows[0].Fields);
        Assert.Equal(["plain", "1", "0.3333333333333333", "crlf\r\nend"], read.Rows[1].Fields);
    }

    [Fact]
    public async Task A_parquet_twin_reads_as_its_csv_file_formula_guarded_texts_included()
    {
        var table = new OutputTable(
            "runs",
            [OutputColumn.Integer("replicate"), OutputColumn.Real("adopted_fraction", nullable: true), OutputColumn.Text("seeding.strategy")],
            [[Cell.Of(0L), Cell.Of(0.1), Cell.Of("-x")], [Cell.Of(1L), Cell.Null, Cell.Of("a, \"b\"\nc")]]);
        await TableFiles.WriteAsync(_temp.Path, table, TableFormat.Both, TestContext.Current.CancellationToken);
        string csv = _temp.File(table.CsvFile);

        var fromCsv = TableText.Read(csv);
        File.Delete(csv);
        var fromParquet = TableText.Read(csv);

        Assert.Equal(_temp.File(table.ParquetFile), fromParquet.Path);
        Assert.Equal(fromCsv.Header, fromParquet.Header);
        Assert.Equal([["0", "0.1", "-x"], ["1", "", "a, \"b\"\nc"]], fromParquet.Rows.Select(r => r.Fields));
        Assert.Equal(fromCsv.Rows.Select(r => r.Fields), fromParquet.Rows.Select(r => r.Fields));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_names_the_line_it_starts_on()
    {
        string path = _temp.Write("runs.csv", "a,b\n\"x\ny\",1\n2\n");

        var e = Assert.Throws<FormatException>(() => TableText.Read(path));

        Assert.Equal($"{path}:4: expected 2 fields as in the header, found 1", e.Message);
    }

    [Fact]
    public void An_unclosed_quote_and_a_missing_header_are_named()
    {
        string open = _temp.Write("open.csv", "a,b\n\"x,1\n");
        string blank = _temp.Write("blank.csv", "\n\na,b\n");

        Assert.Equal($"{open}: line 2: a quoted field is not closed", Assert.Throws<FormatException>(() => TableText.Read(open)).Message);
        Assert.Equal($"'{blank}' has no header line", Assert.Throws<FormatException>(() => TableText.Read(blank)).Message);
        Assert.Equal($"'{_temp.File("absent.csv")}' is missing", Assert.Throws<IOException>(() => TableText.Read(_temp.File("absent.csv"))).Message);
    }

    [Fact]
    public void Plain_fields_split_on_commas_and_keep_empty_ones()
    {
        Assert.Equal(["a", "", "0.5", ""], Assert.Single(CsvRecords.Read("a,,0.5,")).Fields);
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes()
    {
        Assert.Equal(["[1, 2]", "say \"hi\"", "x"], Assert.Single(CsvRecords.Read("\"[1, 2]\",\"say \"\"hi\"\"\",x")).Fields);
    }

    [Fact]
    public void The_formula_guard_the_tool_writes_is_removed_and_numbers_are_left_alone()
    {
        Assert.Equal(["=cmd", "-x", "'=q", "-0.5", "it's"], Assert.Single(CsvRecords.Read("'=cmd,'-x,\"''=q\",-0.5,it's")).Fields);
    }

    public void Dispose() => _temp.Dispose();
}
