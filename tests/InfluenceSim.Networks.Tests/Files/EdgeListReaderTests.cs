using InfluenceSim.Networks.Files;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Files;

public sealed class EdgeListReaderTests
{
    private const string Source = "net.csv";

    [Fact]
    public void Reads_labels_in_order_of_first_appearance_with_any_separator()
    {
        var network = Read("# a comment\n\nalice,bob\nbob carol\n  # indented comment\ncarol\tdave\t2.5\n");

        Assert.False(network.Directed);
        Assert.Equal(["alice", "bob", "carol", "dave"], network.Labels);
        Assert.Equal(6, network.TieCount);
        Assert.Equal([1], network.OutNeighbours(0).ToArray());
        Assert.Equal([0, 2], network.OutNeighbours(1).ToArray());
        Assert.Equal([1.0, 1.0], network.OutWeights(1).ToArray());
        Assert.Equal([2.5], network.OutWeights(3).ToArray());
        Assert.Equal("dave", network.LabelOf(3));
    }

    [Fact]
    public void Labels_may_hold_spaces_quotes_and_separators()
    {
        var network = Read("\"Smith, J\",\"say \"\"hi\"\"\"\nAnn Lee\tBob Roe\n\"x y\" \"#z\" 3\n");

        Assert.Equal(["Smith, J", "say \"hi\"", "Ann Lee", "Bob Roe", "x y", "#z"], network.Labels);
        Assert.Equal([3.0], network.OutWeights(4).ToArray());
    }

    [Fact]
    public void Spaces_around_fields_and_crlf_are_ignored()
    {
        var network = Read("a ,  b , 2\r\n  c   d  \r\n");

        Assert.Equal(["a", "b", "c", "d"], network.Labels);
        Assert.Equal([2.0], network.OutWeights(0).ToArray());
    }

    [Fact]
    public void A_source_target_header_on_the_first_line_is_skipped()
    {
        var network = Read("Source,Target,Weight\na,b,2\n");

        Assert.Equal(["a", "b"], network.Labels);
    }

    [Fact]
    public void Weight_defaults_to_one_and_accepts_exponents()
    {
        var network = Read("a b\nb c 1e-3\n");

        Assert.Equal([1.0], network.OutWeights(0).ToArray());
        Assert.Equal([0.001], network.OutWeights(2).ToArray());
    }

    [Fact]
    public void An_undirected_pair_listed_twice_in_either_order_is_one_tie()
    {
        var network = Read("a,b,2\nb,a,2.0\na,b,2\n");

        Assert.Equal(2, network.TieCount);
    }

    [Fact]
    public void An_undirected_pair_listed_again_with_another_weight_is_an_error()
    {
        var error = ReadError("a,b,2\nc,d\nb,a,3\n");

        Assert.Equal("net.csv:3:1: tie 'b'-'a' is listed again with weight 3, but line 1 gave it weight 2", error.Message);
    }

    [Fact]
    public void Directed_ties_keep_both_directions_apart()
    {
        var network = Read("a b 1\nb a 2\na b 1\n", directed: true);

        Assert.True(network.Directed);
        Assert.Equal(2, network.TieCount);
        Assert.Equal([2.0], network.InWeights(0).ToArray());
    }

    [Fact]
    public void A_directed_pair_listed_again_with_another_weight_is_an_error()
    {
        var error = ReadError("a b 1\nb a 2\na b 5\n", directed: true);

        Assert.Equal(3, error.Line);
        Assert.Contains("listed again with weight 5, but line 1 gave it weight 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b\nc,d,abc\n", 2, 5, "expected a weight (a finite number > 0), found 'abc'")]
    [InlineData("a b 0\n", 1, 5, "expected a weight (a finite number > 0), found '0'")]
    [InlineData("a\tb\t-1\n", 1, 5, "expected a weight (a finite number > 0), found '-1'")]
    [InlineData("a b NaN\n", 1, 5, "expected a weight (a finite number > 0), found 'NaN'")]
    [InlineData("a b Infinity\n", 1, 5, "expected a weight (a finite number > 0), found 'Infinity'")]
    [InlineData("a b 1e999\n", 1, 5, "expected a weight (a finite number > 0), found '1e999'")]
    [InlineData("a,b,\n", 1, 5, "expected a weight (a finite number > 0), found nothing")]
    [InlineData("x y\na a\n", 2, 1, "expected a tie between two different nodes, found a self-loop at 'a'")]
    [InlineData("a b 1 2\n", 1, 7, "expected 'source target [weight]', found 4 fields")]
    [InlineData("# only\nlonely\n", 2, 1, "expected 'source target [weight]', found one field 'lonely'")]
    [InlineData("a,,1\n", 1, 3, "expected a node label, found an empty one")]
    [InlineData("a \"b\n", 1, 3, "expected a closing '\"' for the quote opened here, found the end of the line")]
    [InlineData("a \"b\"c\n", 1, 6, "expected a separator after the quoted field, found 'c'")]
    public void Bad_lines_name_line_column_and_what_was_expected(string text, int line, int column, string problem)
    {
        var error = ReadError(text);

        Assert.Equal($"net.csv:{line}:{column}: {problem}", error.Message);
        Assert.Equal((line, column, problem), (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void A_file_without_ties_is_an_error()
    {
        var error = ReadError("# nothing here\n\n");

        Assert.Equal("net.csv: expected at least one tie, found none", error.Message);
        Assert.Equal(0, error.Line);
    }

    [Fact]
    public void Labels_longer_than_the_cap_are_refused()
    {
        string label = new('x', NetworkFileLimits.MaxLabelLength + 1);

        var error = ReadError($"a,{label}\n");

        Assert.Equal(
            $"net.csv:1:3: expected a label of at most {NetworkFileLimits.MaxLabelLength} characters, found one of {label.Length}",
            error.Message);
    }

    [Fact]
    public void Lines_longer_than_the_cap_are_refused_without_reading_them_whole()
    {
        string text = "a b\n" + new string(' ', NetworkFileLimits.MaxLineLength + 10) + "\n";

        var error = ReadError(text);

        Assert.Equal(2, error.Line);
        Assert.Contains("expected a line of at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_line_without_newline_is_read()
    {
        var network = Read("a b\nc d");

        Assert.Equal(4, network.TieCount);
    }

    [Fact]
    public void A_lattice_of_nearby_labels_reads_in_linear_time()
    {
        var lattice = NetworkGenerators.RingLattice(100_000, 10);
        var text = new StringWriter();
        EdgeListWriter.Write(lattice, text);

        var network = Read(text.ToString());

        Assert.Equal(lattice.TieCount, network.TieCount);
    }

    private static Network Read(string text, bool directed = false) =>
        EdgeListReader.Read(new StringReader(text), Source, directed);

    private static NetworkFileException ReadError(string text, bool directed = false) =>
        Assert.Throws<NetworkFileException>(() => Read(text, directed));
}
