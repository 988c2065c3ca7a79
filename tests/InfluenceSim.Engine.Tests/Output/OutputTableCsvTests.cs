using InfluenceSim.RunFolders;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class OutputTableCsvTests
{
    [Fact]
    public void Format_writes_the_header_then_one_line_per_row()
    {
        var table = new OutputTable(
            "t",
            [OutputColumn.Integer("n"), OutputColumn.Real("x", nullable: true), OutputColumn.Text("model.kind")],
            [[Cell.Of(1), Cell.Of(0.25), Cell.Of("independent-cascade")], [Cell.Of(2), Cell.Null, Cell.Of("say \"hi\"")]]);

        Assert.Equal("n,x,model.kind\n1,0.25,independent-cascade\n2,,\"say \"\"hi\"\"\"\n", OutputTableCsv.Format(table));
    }

    [Fact]
    public void Parse_reads_back_what_format_wrote()
    {
        const string text = "replicate,fraction,label,seeding.strategy\n0,0.10,\"a,b\",random\n1,,\"say \"\"hi\"\"\",\n";

        var table = OutputTableCsv.Parse("t", text);

        Assert.Equal(
            [
                new OutputColumn("replicate", ColumnType.Integer),
                new OutputColumn("fraction", ColumnType.Real, Nullable: true),
                new OutputColumn("label", ColumnType.Text),
                new OutputColumn("seeding.strategy", ColumnType.Text, Nullable: true),
            ],
            table.Columns);
        Assert.Equal("say \"hi\"", table.Rows.ElementAt(1)[2].Text);
        Assert.Equal(text, OutputTableCsv.Format(table));
    }

    [Fact]
    public void Parse_accepts_crlf_a_missing_final_line_end_and_line_breaks_in_quotes()
    {
        var table = OutputTableCsv.Parse("t", "a,b\r\n1,\"x\ny\"\r\n2,z");

        var rows = table.Rows.ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("x\ny", rows[0][1].Text);
        Assert.Equal("z", rows[1][1].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a,b\n1\n")]
    [InlineData("a\n\"open\n")]
    public void Parse_refuses_a_text_that_is_no_table(string text) =>
        Assert.Throws<FormatException>(() => OutputTableCsv.Parse("t", text));
}
