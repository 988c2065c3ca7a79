using System.Text.Json.Nodes;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class TableFormatTests : IDisposable
{
    private static readonly ManifestInfo Info = new(1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, new RunTimings(0, 0, 0, 0));

    private readonly TempFolder root = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => root.Dispose();

    [Theory]
    [InlineData("csv", TableFormat.Csv)]
    [InlineData("parquet", TableFormat.Parquet)]
    [InlineData("both", TableFormat.Both)]
    public void Names_read_back_as_their_format(string name, TableFormat format)
    {
        Assert.Equal(format, TableFormats.Parse(name));
        Assert.Equal(name, format.Name());
    }

    [Theory]
    [InlineData("CSV")]
    [InlineData("json")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_are_no_format(string? name) => Assert.Null(TableFormats.Parse(name));

    [Fact]
    public async Task Csv_writes_the_csv_tables_only_and_the_manifest_has_no_format()
    {
        string folder = await Write(TableFormat.Csv);

        Assert.Equal(["cascades.csv", "manifest.json", "runs.csv", "summary.json", "timeseries.csv"], Names(folder));
        Assert.Null(Manifest(folder)["format"]);
    }

    [Fact]
    public async Task Parquet_writes_the_parquet_tables_beside_the_json_files()
    {
        string folder = await Write(TableFormat.Parquet);

        Assert.Equal(["cascades.parquet", "manifest.json", "runs.parquet", "summary.json", "timeseries.parquet"], Names(folder));
        Assert.Equal("parquet", Manifest(folder)["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task Both_writes_each_table_twice_and_leaves_the_csv_text_as_it_was()
    {
        string folder = await Write(TableFormat.Both);

        Assert.Equal(
            ["cascades.csv", "cascades.parquet", "manifest.json", "runs.csv", "runs.parquet", "summary.json", "timeseries.csv", "timeseries.parquet"],
            Names(folder));
        Assert.Equal("both", Manifest(folder)["format"]!.GetValue<string>());
        var result = KeyedRun.Result();
        Assert.Equal(RunsCsv.Format(result, 42), await File.ReadAllTextAsync(Path.Combine(folder, "runs.csv"), cancellation));
        Assert.Equal(TimeseriesCsv.Format(result), await File.ReadAllTextAsync(Path.Combine(folder, "timeseries.csv"), cancellation));
        Assert.Equal(SummaryJson.Format(result), await File.ReadAllTextAsync(Path.Combine(folder, "summary.json"), cancellation));
    }

    [Fact]
    public void The_manifest_records_a_format_other_than_csv_last()
    {
        var csv = ManifestJson.Build(Fixtures.Scenario(), Fixtures.TwoReplicates(), Info);
        var both = ManifestJson.Build(Fixtures.Scenario(), Fixtures.TwoReplicates(), Info, TableFormat.Both);

        Assert.False(csv.ContainsKey("format"));
        Assert.Equal([.. csv.Select(p => p.Key), "format"], both.Select(p => p.Key));
    }

    private async Task<string> Write(TableFormat format)
    {
        string folder = root.File("run");
        var result = KeyedRun.Result();
        var network = KeyedRun.Network();
        var extras = new RunFolderExtras([], []) { Tables = [CascadesCsv.Table(result, _ => network)] };
        await RunFolderWriter.WriteAsync(folder, Fixtures.Scenario(), result, new RunFolderWriteOptions(Info) { Extras = extras, Format = format }, cancellation);
        return folder;
    }

    private static JsonObject Manifest(string folder) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!.AsObject();

    private static string[] Names(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>()];
}
