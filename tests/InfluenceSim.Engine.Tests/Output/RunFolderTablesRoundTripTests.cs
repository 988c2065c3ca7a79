using InfluenceSim.Analysis;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>
/// Every table of a run folder (runs, timeseries, events, nodes, cascades, curves, seeding-comparison) and the run
/// comparison table of <c>compare --out</c>, written from a run's records as CSV and as Parquet, reads back through
/// <see cref="RunFolderTable"/> and <see cref="RunFolderContents"/> cell for cell, a text holding a quoted line break
/// and a comma included; a table longer than one row group is written as several and reads back whole.
/// </summary>
public sealed class RunFolderTablesRoundTripTests : IDisposable
{
    /// <summary>A text that CSV must quote: a comma, quotes and a line break.</summary>
    private const string Awkward = "top, \"degree\"\nsecond line";

    private static readonly ManifestInfo Info = new(1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, new RunTimings(0, 0, 0, 0));

    private readonly TempFolder _temp = new();
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    public static TheoryData<TableFormat, string> Tables { get; } = new(
        from format in new[] { TableFormat.Csv, TableFormat.Parquet }
        from table in new[] { "runs", "timeseries", "events", "nodes", "cascades", "curves", "seeding-comparison" }
        select (format, table));

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task A_run_folder_table_reads_back_cell_for_cell(TableFormat format, string name)
    {
        string folder = await WriteRunFolder(format);

        var read = RunFolderTable.Read(Path.Combine(folder, name + OutputTable.CsvExtension));

        Assert.Equal(format == TableFormat.Parquet, File.Exists(Path.Combine(folder, name + OutputTable.ParquetExtension)));
        AssertReadsBack(Assert.Single(WrittenTables(), t => t.Name == name), read, format);
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    public async Task A_run_folder_reads_back_through_its_contents_as_written(TableFormat format)
    {
        string folder = await WriteRunFolder(format);

        var contents = RunFolderContents.Read(folder);

        var written = WrittenTables();
        AssertReadsBack(written.Single(t => t.Name == RunsCsv.TableName), contents.Runs, format);
        AssertReadsBack(written.Single(t => t.Name == TimeseriesCsv.TableName), contents.Timeseries, format);
        AssertReadsBack(written.Single(t => t.Name == SeedingComparisonCsv.TableName), Assert.IsType<RunFolderTable>(contents.SeedingComparison), format);
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    public async Task The_run_comparison_table_reads_back_cell_for_cell(TableFormat format)
    {
        var table = RunComparisonCsv.Table(["seeding.strategy", "model.probability"], MetricComparisons());

        await TableFiles.WriteAsync(_temp.Path, table, format, _cancellation);

        AssertReadsBack(table, RunFolderTable.Read(_temp.File(table.CsvFile)), format);
    }

    [Fact]
    public async Task The_run_comparison_csv_text_is_the_tables_csv_file()
    {
        var table = RunComparisonCsv.Table(["seeding.strategy", "model.probability"], MetricComparisons());

        await TableFiles.WriteAsync(_temp.Path, table, TableFormat.Csv, _cancellation);

        Assert.Equal(
            RunComparisonCsv.Format(["seeding.strategy", "model.probability"], MetricComparisons()),
            await File.ReadAllTextAsync(_temp.File(table.CsvFile), _cancellation));
    }

    [Fact]
    public async Task A_table_longer_than_one_row_group_is_written_as_several_and_reads_back_whole()
    {
        int nodes = (2 * OutputTableParquet.RowGroupRows) + 3;
        var result = Result() with { NodeRecords = [.. Enumerable.Range(0, nodes).Select(n => Node(n % 2, n, n % 5 == 0 ? 1 : 0))] };
        var table = NodesCsv.Table(result);

        await TableFiles.WriteAsync(_temp.Path, table, TableFormat.Both, _cancellation);

        var parquet = await ParquetReadBack.ReadAsync(_temp.File(table.ParquetFile), _cancellation);
        Assert.Equal(3, parquet.RowGroups);
        Assert.Equal(nodes, parquet.Rows.Count);
        var fromCsv = RunFolderTable.Read(_temp.File(table.CsvFile));
        File.Delete(_temp.File(table.CsvFile));
        var fromParquet = RunFolderTable.Read(_temp.File(table.CsvFile));
        Assert.Equal(nodes, fromParquet.Rows.Count);
        AssertReadsBack(table, fromCsv, TableFormat.Csv);
        AssertReadsBack(table, fromParquet, TableFormat.Parquet);
    }

    /// <summary>The header is the columns' names and every cell reads back as written: a text as it is, a number as the format spells it, a null empty.</summary>
    private static void AssertReadsBack(OutputTable written, RunFolderTable read, TableFormat format)
    {
        IReadOnlyList<string>[] rows = [.. written.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => Spelled(cell, format))])];

        Assert.NotEmpty(rows);
        Assert.Equal(written.Columns.Select(c => c.Name), read.Header);
        Assert.Equal(rows, read.Rows);
    }

    /// <summary>A cell as the reader gives it back: CSV keeps a number's spelling (<c>0.10</c>), Parquet its value (<c>0.1</c>).</summary>
    private static string Spelled(Cell cell, TableFormat format) => cell.Type switch
    {
        null => string.Empty,
        ColumnType.Text => cell.Text,
        _ when format == TableFormat.Csv => cell.ToCsv(),
        ColumnType.Integer => CsvFormat.Integer(cell.Integer),
        _ => CsvFormat.Real(cell.Real),
    };

    private async Task<string> WriteRunFolder(TableFormat format)
    {
        string folder = _temp.File("run");
        var options = new RunFolderWriteOptions(Info) { Extras = Extras(), Format = format };
        await RunFolderWriter.WriteAsync(folder, Fixtures.ScenarioWithEvents(10) with { RecordNodes = true }, Result(), options, _cancellation);
        return folder;
    }

    /// <summary>Every table <see cref="WriteRunFolder"/> writes, each holding <see cref="Awkward"/> in a text cell.</summary>
    private static IReadOnlyList<OutputTable> WrittenTables()
    {
        var result = Result();
        OutputTable[] tables = [RunsCsv.Table(result, Fixtures.Scenario().Seed), TimeseriesCsv.Table(result), EventsCsv.Table(result), NodesCsv.Table(result), .. Extras().Tables];
        Assert.All(tables, t => Assert.Contains(t.Rows, row => row.Contains(Cell.Of(Awkward))));
        return tables;
    }

    private static RunFolderExtras Extras() =>
        RunFolderExtrasBuilder.For(new ExecutionResult(Result(), Result(), Comparisons()), _ => Network(), Fixtures.Scenario().Seed);

    /// <summary>The keyed run of <see cref="KeyedRun"/> with the strategy <c>top-degree</c> renamed <see cref="Awkward"/>, and a node record per replicate and node.</summary>
    private static RunResult Result()
    {
        var keyed = KeyedRun.Result();
        return keyed with
        {
            Replicates = [.. keyed.Replicates.Select(r => r with { Keys = [.. r.Keys.Select(k => k.Value == "top-degree" ? new(k.Key, Awkward) : k)] })],
            NodeRecords = [.. from replicate in keyed.Replicates from node in Enumerable.Range(0, 4) select Node(replicate.Replicate, node, replicate.Group)],
        };
    }

    private static NodeRecord Node(int replicate, int node, int group) =>
        node % 2 == 0
            ? new NodeRecord(replicate, node, 1, AdoptionCause.SocialProof, 1, 1, 1, -1, false, 2, 0, 0, 1, 0, 0) { Group = group }
            : new NodeRecord(replicate, node, -1, null, -1, -1, -1, 2, true, 0, 1, 1, 0, 3, 1) { Group = group };

    private static Network Network()
    {
        var builder = new NetworkBuilder(4, directed: false) { Labels = ["n0", Awkward, "n2", "n3"] };
        builder.AddTie(1, 0);
        builder.AddTie(1, 2);
        builder.AddTie(1, 3);
        return builder.Build();
    }

    private static IReadOnlyList<StrategyComparison> Comparisons() =>
        [.. KeyedRun.Comparisons().Select(c => c.Strategy == "top-degree" ? c with { Strategy = Awkward } : c)];

    private static IReadOnlyList<MetricComparison> MetricComparisons() =>
    [
        new MetricComparison("runs/a", Awkward, [new("seeding.strategy", Awkward), new("model.probability", "0.10")], "adopted_fraction", 0.5, 0.25, 0.25, null, null, null, PreferredTest.Welch)
        {
            Reason = "fewer than 2 replicates, so no test",
        },
        new MetricComparison("runs/a", Awkward, [new("seeding.strategy", "random"), new("model.probability", "0.2")], "steps", 12, 10, 2, new Interval(-1, 5), 0.3, 0.4, PreferredTest.Wilcoxon)
        {
            Pairs = 5,
            PairedTP = 0.25,
            Wilcoxon = new WilcoxonResult(12, 5, 0.0625, Exact: true),
            Reason = Awkward,
            HolmP = 0.125,
            Censored = 2,
        },
    ];
}
