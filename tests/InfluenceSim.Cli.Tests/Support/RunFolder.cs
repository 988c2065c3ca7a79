using System.Text.Json.Nodes;

namespace InfluenceSim.Cli.Tests.Support;

/// <summary>A run folder the program wrote, with its files read back.</summary>
public sealed class RunFolder(string path)
{
    public const string Manifest = "manifest.json";
    public const string Runs = "runs.csv";
    public const string Timeseries = "timeseries.csv";
    public const string Summary = "summary.json";
    public const string Cascades = "cascades.csv";

    /// <summary>The files of a run without a comparison, in ordinal order: the four core files, the per-seed cascades and the tables' Parquet twins.</summary>
    public static readonly string[] Files = [Cascades, "cascades.parquet", "curves.csv", "curves.parquet", Manifest, Runs, "runs.parquet", Summary, Timeseries, "timeseries.parquet"];

    public string Path => path;

    public CsvTable RunsCsv => CsvTable.Read(File(Runs));

    public CsvTable TimeseriesCsv => CsvTable.Read(File(Timeseries));

    public JsonObject ManifestJson => ReadJson(Manifest);

    public JsonObject SummaryJson => ReadJson(Summary);

    public string File(string name) => System.IO.Path.Combine(path, name);

    public byte[] Bytes(string name) => System.IO.File.ReadAllBytes(File(name));

    /// <summary>The run folder has exactly its files, nothing left over from writing them.</summary>
    public void AssertHasExactlyItsFiles() =>
        Assert.Equal(Files, Directory.EnumerateFileSystemEntries(path).Select(e => System.IO.Path.GetFileName(e)).Order(StringComparer.Ordinal));

    private JsonObject ReadJson(string name) => JsonNode.Parse(System.IO.File.ReadAllText(File(name)))?.AsObject() ?? throw new InvalidDataException($"{name} is empty");
}
