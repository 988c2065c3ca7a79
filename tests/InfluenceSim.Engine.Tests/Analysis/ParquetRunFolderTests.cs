using InfluenceSim.Analysis;
using InfluenceSim.RunFolders;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>A run folder written with <c>--format parquet</c> reads and compares as its CSV twin.</summary>
public sealed class ParquetRunFolderTests : IDisposable
{
    private static readonly string[] Keys = ["model.probability", "seeding.strategy"];

    private readonly TempFolder _temp = new();
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Compare_gives_the_same_numbers_on_the_parquet_tables_as_on_the_csv_tables()
    {
        string csv = Hand(3).Write(_temp.File("csv"));
        string parquet = await ParquetOnly(csv, _temp.File("parquet"));
        var other = RunFolderReader.Read(new HandRunFolder(Keys, attribution: true) { Seed = 8 }.AddPoint(["0.5", "top-degree"], 5, 6).AddPoint(["0.25", "random"], 5, 1).Write(_temp.File("other")));

        var fromCsv = RunFolderReader.Read(csv);
        var fromParquet = RunFolderReader.Read(parquet);

        Assert.False(File.Exists(Path.Combine(parquet, "runs.csv")));
        Assert.Equal(fromCsv.KeyColumns, fromParquet.KeyColumns);
        Assert.Equal(fromCsv.RunsColumns, fromParquet.RunsColumns);
        Assert.Equal(fromCsv.Points.Select(p => p.Label), fromParquet.Points.Select(p => p.Label));
        Assert.Equal(
            RunComparisonCsv.Format(Keys, RunComparison.CompareAll([other, fromCsv])).Replace(csv, "B", StringComparison.Ordinal),
            RunComparisonCsv.Format(Keys, RunComparison.CompareAll([other, fromParquet])).Replace(parquet, "B", StringComparison.Ordinal));
        Assert.All(RunComparison.CompareAll([fromCsv, fromParquet]), c =>
        {
            Assert.True(c.Paired);
            Assert.Equal(0, c.Difference);
        });
    }

    [Fact]
    public async Task A_value_no_run_can_produce_is_refused_in_the_parquet_table_too()
    {
        var folder = new HandRunFolder(Keys, attribution: true).Add(["0.5", "random"], 0, 1, 500);
        string parquet = await ParquetOnly(folder.Write(_temp.File("csv")), _temp.File("parquet"));

        var refusal = Assert.Throws<RunFolderException>(() => RunFolderReader.Read(parquet));

        Assert.StartsWith($"{Path.Combine(parquet, "runs.parquet")}:2:", refusal.Message, StringComparison.Ordinal);
    }

    private static HandRunFolder Hand(long baseAdopters) =>
        new HandRunFolder(Keys, attribution: true).AddPoint(["0.5", "top-degree"], 5, baseAdopters).AddPoint(["0.25", "random"], 5, baseAdopters + 2);

    /// <summary>A copy of the CSV run folder at <paramref name="target"/> with each table as Parquet alone.</summary>
    private async Task<string> ParquetOnly(string source, string target)
    {
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(source, "manifest.json"), Path.Combine(target, "manifest.json"));
        foreach (string table in new[] { "runs.csv", "timeseries.csv" })
        {
            await TableFiles.WriteAsync(target, table, await File.ReadAllTextAsync(Path.Combine(source, table), _cancellation), TableFormat.Parquet, _cancellation);
        }

        return target;
    }
}
