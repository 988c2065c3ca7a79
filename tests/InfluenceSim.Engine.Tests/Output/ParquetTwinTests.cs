using System.Globalization;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;
using ParquetType = Parquet.Meta.Type;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class ParquetTwinTests : IDisposable
{
    private static readonly ManifestInfo Info = new(1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, new RunTimings(0, 0, 0, 0));

    private static readonly (string, ParquetType, bool)[] KeySchema =
    [
        ("seeding.strategy", ParquetType.BYTE_ARRAY, false),
        ("model.probability", ParquetType.DOUBLE, false),
        ("network.path", ParquetType.BYTE_ARRAY, true),
    ];

    private readonly TempFolder root = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task Every_table_has_a_twin_with_the_csv_columns_types_and_values()
    {
        string folder = await WriteKeyedRun(TableFormat.Both);

        await AssertTwins(
            folder,
            "runs",
            [
                ("replicate", ParquetType.INT64, false), ("seed", ParquetType.INT64, false), ("adopters", ParquetType.INT64, false),
                ("adopted_fraction", ParquetType.DOUBLE, false), ("steps", ParquetType.INT64, false), ("exposures", ParquetType.INT64, false),
                ("rejected", ParquetType.INT64, false), ("word_of_mouth_share", ParquetType.DOUBLE, false),
                ("broadcast_share", ParquetType.DOUBLE, false), ("cascade_depth", ParquetType.INT64, false), ("ended_by", ParquetType.BYTE_ARRAY, false),
                .. KeySchema,
            ]);
        await AssertTwins(
            folder,
            "timeseries",
            [
                ("replicate", ParquetType.INT64, false), ("step", ParquetType.INT64, false), ("new_adopters", ParquetType.INT64, false),
                ("adopters", ParquetType.INT64, false), ("exposures", ParquetType.INT64, false),
                .. TimeseriesCsv.Header.Split(',')[5..].Select(c => (c, ParquetType.INT64, false)),
                .. KeySchema,
            ]);
        await AssertTwins(
            folder,
            "events",
            [
                ("replicate", ParquetType.INT64, false), ("step", ParquetType.INT64, false), ("from", ParquetType.INT64, false),
                ("to", ParquetType.INT64, false), ("kind", ParquetType.BYTE_ARRAY, false), ("valence", ParquetType.BYTE_ARRAY, false),
                ("outcome", ParquetType.BYTE_ARRAY, false),
                .. KeySchema,
            ]);
        await AssertTwins(
            folder,
            "cascades",
            [
                ("replicate", ParquetType.INT64, false), ("seed_node", ParquetType.INT64, false), ("seed_label", ParquetType.BYTE_ARRAY, false),
                ("seed_degree", ParquetType.INT64, false), ("seed_degree_decile", ParquetType.INT64, false), ("size", ParquetType.INT64, false),
                ("depth", ParquetType.INT64, false),
                .. KeySchema,
            ]);
        await AssertTwins(
            folder,
            "seeding-comparison",
            [
                ("strategy", ParquetType.BYTE_ARRAY, false), ("replicates", ParquetType.INT64, false),
                ("adopted_fraction_mean", ParquetType.DOUBLE, false), ("adopted_fraction_ci95_lo", ParquetType.DOUBLE, false),
                ("adopted_fraction_ci95_hi", ParquetType.DOUBLE, false), ("difference_to_random_mean", ParquetType.DOUBLE, false),
                ("difference_to_random_ci95_lo", ParquetType.DOUBLE, false), ("difference_to_random_ci95_hi", ParquetType.DOUBLE, false),
                ("influence_multiplier", ParquetType.DOUBLE, true), ("spend_mean", ParquetType.DOUBLE, false),
                ("adopters_per_spend", ParquetType.DOUBLE, true), ("cost_effectiveness", ParquetType.DOUBLE, true),
            ]);
    }

    [Fact]
    public async Task Keys_nulls_and_numbers_read_back_as_typed_values()
    {
        string folder = await WriteKeyedRun(TableFormat.Both);

        var runs = await ParquetReadBack.ReadAsync(Path.Combine(folder, "runs.parquet"), cancellation);
        var comparison = await ParquetReadBack.ReadAsync(Path.Combine(folder, "seeding-comparison.parquet"), cancellation);

        Assert.Equal<object?[]>(
            [
                [0L, 42L, 3L, 0.3, 1L, 7L, 0L, 0.0, 0.0, 0L, "quiet", "random", 0.1, null],
                [1L, 42L, 3L, 0.3, 1L, 8L, 0L, 0.0, 0.0, 0L, "quiet", "random", 0.1, null],
                [0L, 42L, 3L, 0.3, 1L, 7L, 0L, 0.0, 0.0, 0L, "quiet", "top-degree", 0.2, "ties.csv"],
            ],
            runs.Rows);
        Assert.Equal([null, 4.0], comparison.Rows.Select(r => r[^4]));
        Assert.Equal([null, null], comparison.Rows.Select(r => r[^1]));
        Assert.Contains("0,42,3,0.3,1,7,0,0,0,0,quiet,random,0.10,\n", await File.ReadAllTextAsync(Path.Combine(folder, "runs.csv"), cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_events_twin_reads_back_as_the_csv_rows()
    {
        string folder = await WriteKeyedRun(TableFormat.Both);

        var events = await ParquetReadBack.ReadAsync(Path.Combine(folder, "events.parquet"), cancellation);

        Assert.Equal<object?[]>(
            [
                [0L, 1L, 2L, 3L, "social-proof", "positive", "none", "random", 0.1, null],
                [1L, 1L, 0L, 3L, "broadcast", "negative", "rejected", "random", 0.1, null],
                [0L, 1L, 1L, 0L, "prescription", "positive", "converted", "top-degree", 0.2, "ties.csv"],
            ],
            events.Rows);
    }

    [Fact]
    public async Task With_parquet_only_the_events_table_has_no_csv()
    {
        string folder = await WriteKeyedRun(TableFormat.Parquet);

        Assert.True(File.Exists(Path.Combine(folder, "events.parquet")));
        Assert.False(File.Exists(Path.Combine(folder, "events.csv")));
    }

    [Fact]
    public async Task A_text_with_a_comma_and_quotes_is_quoted_in_csv_and_plain_in_parquet()
    {
        var table = new OutputTable("labels", [OutputColumn.Integer("node"), OutputColumn.Text("label")], [[Cell.Of(7), Cell.Of("Smith, \"Jo\"")]]);

        await TableFiles.WriteAsync(root.Path, table, TableFormat.Both, cancellation);

        Assert.Equal("node,label\n7,\"Smith, \"\"Jo\"\"\"\n", await File.ReadAllTextAsync(root.File("labels.csv"), cancellation));
        var parquet = await ParquetReadBack.ReadAsync(root.File("labels.parquet"), cancellation);
        Assert.Equal<object?[]>([[7L, "Smith, \"Jo\""]], parquet.Rows);
    }

    [Fact]
    public async Task A_run_without_replicates_has_twins_with_the_columns_and_no_rows()
    {
        await TableFiles.WriteAsync(root.Path, RunsCsv.Table(Fixtures.Run(), 1), TableFormat.Parquet, cancellation);

        var runs = await ParquetReadBack.ReadAsync(root.File("runs.parquet"), cancellation);

        Assert.Equal(RunsCsv.Header.Split(','), runs.Fields.Select(f => f.Name));
        Assert.Empty(runs.Rows);
        Assert.Equal(0, runs.RowGroups);
    }

    [Fact]
    public async Task A_long_table_is_split_into_row_groups()
    {
        var table = new OutputTable(
            "long",
            [OutputColumn.Integer("i"), OutputColumn.Real("x", nullable: true)],
            Enumerable.Range(0, OutputTableParquet.RowGroupRows + 1).Select(i => (Cell[])[Cell.Of(i), i % 3 == 0 ? Cell.Null : Cell.Of(i / 4.0)]));

        await TableFiles.WriteAsync(root.Path, table, TableFormat.Parquet, cancellation);

        var parquet = await ParquetReadBack.ReadAsync(root.File("long.parquet"), cancellation);
        Assert.Equal(2, parquet.RowGroups);
        Assert.Equal(OutputTableParquet.RowGroupRows + 1, parquet.Rows.Count);
        int last = OutputTableParquet.RowGroupRows;
        Assert.Equal<object?[]>([(long)last, last % 3 == 0 ? null : last / 4.0], parquet.Rows[^1]);
        Assert.Equal<object?[]>([5L, 1.25], parquet.Rows[5]);
    }

    [Fact]
    public async Task A_csv_file_among_the_extras_gets_a_twin_typed_by_its_values()
    {
        const string curves = "step,adopters_mean,point\n0,1,a\n1,2.5,\"b,c\"\n2,,a\n";
        var extras = new RunFolderExtras([new("curves.csv", curves), new("notes.txt", "not a table\n")], []);

        string folder = await Write(Fixtures.TwoReplicates(), extras, TableFormat.Both);

        Assert.Equal(curves, await File.ReadAllTextAsync(Path.Combine(folder, "curves.csv"), cancellation));
        Assert.Equal("not a table\n", await File.ReadAllTextAsync(Path.Combine(folder, "notes.txt"), cancellation));
        Assert.False(File.Exists(Path.Combine(folder, "notes.parquet")));
        var parquet = await ParquetReadBack.ReadAsync(Path.Combine(folder, "curves.parquet"), cancellation);
        Assert.Equal(
            [("step", ParquetType.INT64, false), ("adopters_mean", ParquetType.DOUBLE, true), ("point", ParquetType.BYTE_ARRAY, false)],
            parquet.Schema);
        Assert.Equal<object?[]>([[0L, 1.0, "a"], [1L, 2.5, "b,c"], [2L, null, "a"]], parquet.Rows);
    }

    private async Task<string> WriteKeyedRun(TableFormat format)
    {
        var result = KeyedRun.Result();
        var network = KeyedRun.Network();
        var extras = new RunFolderExtras([], [])
        {
            Tables = [CascadesCsv.Table(result, _ => network), SeedingComparisonCsv.Table(KeyedRun.Comparisons())],
        };
        return await Write(result, extras, format, Fixtures.ScenarioWithEvents(10));
    }

    private async Task<string> Write(RunResult result, RunFolderExtras extras, TableFormat format, Scenario? scenario = null)
    {
        string folder = root.File("run");
        await RunFolderWriter.WriteAsync(folder, scenario ?? Fixtures.Scenario(), result, new RunFolderWriteOptions(Info) { Extras = extras, Format = format }, cancellation);
        return folder;
    }

    /// <summary>The Parquet twin of <c>NAME.csv</c> has the given schema, the CSV's header, and every cell equal to the CSV's.</summary>
    private async Task AssertTwins(string folder, string name, (string Name, ParquetType Type, bool Nullable)[] schema)
    {
        string[] lines = (await File.ReadAllTextAsync(Path.Combine(folder, name + ".csv"), cancellation)).TrimEnd('\n').Split('\n');
        var parquet = await ParquetReadBack.ReadAsync(Path.Combine(folder, name + ".parquet"), cancellation);

        Assert.Equal(lines[0].Split(','), parquet.Fields.Select(f => f.Name));
        Assert.Equal(schema, parquet.Schema);
        Assert.Equal(lines.Length - 1, parquet.Rows.Count);
        Assert.NotEmpty(parquet.Rows);
        for (int row = 0; row < parquet.Rows.Count; row++)
        {
            string[] fields = lines[row + 1].Split(',');
            Assert.Equal(fields.Length, parquet.Rows[row].Length);
            for (int column = 0; column < fields.Length; column++)
            {
                AssertSameValue(fields[column], parquet.Rows[row][column]);
            }
        }
    }

    private static void AssertSameValue(string csv, object? parquet)
    {
        switch (parquet)
        {
            case null:
                Assert.Equal(string.Empty, csv);
                break;
            case long integer:
                Assert.Equal(long.Parse(csv, CultureInfo.InvariantCulture), integer);
                break;
            case double real:
                Assert.Equal(double.Parse(csv, CultureInfo.InvariantCulture), real);
                break;
            default:
                Assert.Equal(csv, Assert.IsType<string>(parquet));
                break;
        }
    }
}
