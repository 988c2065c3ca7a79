using System.Text.RegularExpressions;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Tests.Support;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Tests.Data;

/// <summary>A run folder written with <c>--format parquet</c> loads and reports as its CSV twin.</summary>
public sealed partial class ParquetRunFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task The_parquet_tables_load_as_the_csv_tables_and_give_the_same_report()
    {
        string csv = HandMadeRun.Write(_temp, Path.Combine("csv", "run"), HandMadeRun.SweepRuns, HandMadeRun.SweepTimeseries(), comparison: HandMadeRun.Comparison);
        string parquet = _temp.Folder(Path.Combine("parquet", "run"));
        File.Copy(Path.Combine(csv, "manifest.json"), Path.Combine(parquet, "manifest.json"));
        foreach (string table in new[] { "runs.csv", "timeseries.csv", "seeding-comparison.csv" })
        {
            await TableFiles.WriteAsync(parquet, table, await File.ReadAllTextAsync(Path.Combine(csv, table), TestContext.Current.CancellationToken), TableFormat.Parquet, TestContext.Current.CancellationToken);
        }

        var fromCsv = RunFolder.Load(csv);
        var fromParquet = RunFolder.Load(parquet);

        Assert.Empty(Directory.GetFiles(parquet, "*.csv"));
        foreach (var (a, b) in new[] { (fromCsv.Runs, fromParquet.Runs), (fromCsv.Timeseries, fromParquet.Timeseries), (fromCsv.Comparison!, fromParquet.Comparison!) })
        {
            Assert.Equal(a.Header, b.Header);
            Assert.Equal(a.Rows, b.Rows);
        }

        Assert.Equal(Report(csv, "csv-report"), Report(parquet, "parquet-report").Replace(parquet, csv, StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The report's page, with the SVG clip-path ids (numbered by the chart library per process, not per page) made equal.</summary>
    private string Report(string folder, string output)
    {
        var result = ReportGenerator.Generate(new ReportRequest([folder], Path.Combine(_temp.Folder(output), "report.html"), Force: false));
        return ClipId().Replace(File.ReadAllText(result.HtmlPath), "cl_");
    }

    [GeneratedRegex("cl_[0-9a-f]+")]
    private static partial Regex ClipId();
}
