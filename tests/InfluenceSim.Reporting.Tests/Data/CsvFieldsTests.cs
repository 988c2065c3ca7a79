using InfluenceSim.Reporting.Data;

namespace InfluenceSim.Reporting.Tests.Data;

public sealed class CsvFieldsTests
{
    [Fact]
    public void Plain_fields_split_on_commas_and_keep_empty_ones()
    {
        Assert.Equal(["a", "", "0.5", ""], CsvFields.Split("a,,0.5,"));
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes()
    {
        Assert.Equal(["[1, 2]", "say \"hi\"", "x"], CsvFields.Split("\"[1, 2]\",\"say \"\"hi\"\"\",x"));
    }

    [Fact]
    public void The_formula_guard_the_tool_writes_is_removed_and_numbers_are_left_alone()
    {
        Assert.Equal(["=cmd", "-x", "'=q", "-0.5", "it's"], CsvFields.Split("'=cmd,'-x,\"''=q\",-0.5,it's"));
    }
}
