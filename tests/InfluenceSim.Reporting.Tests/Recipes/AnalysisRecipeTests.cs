using System.Globalization;
using DuckDB.NET.Data;
using InfluenceSim.Reporting.Tests.Cli;

namespace InfluenceSim.Reporting.Tests.Recipes;

/// <summary>
/// The pandas, R and DuckDB recipes of docs/output.md, run as written on a folder the real program wrote, give the
/// carried-forward mean curve of <c>curves.csv</c>, not the mean of the replicates still running.
/// </summary>
public sealed class AnalysisRecipeTests(SmallRunFixture fixture) : IClassFixture<SmallRunFixture>
{
    private const string CurveMarker = "curve:";

    [Fact]
    public void The_run_has_replicates_that_end_at_different_steps_so_the_naive_mean_differs()
    {
        var expected = ExpectedCurve();
        var naive = File.ReadLines(Path.Combine(fixture.RunFolder, "timeseries.csv")).Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(f => int.Parse(f[1], CultureInfo.InvariantCulture), f => double.Parse(f[3], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Average());

        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.ToString());
        Assert.Equal(expected.Keys, naive.Keys.Order());
        Assert.Contains(expected.Keys, step => Math.Abs(naive[step] - expected[step]) > 1);
    }

    [Fact]
    public async Task The_pandas_recipe_gives_the_curve_of_curves_csv()
    {
        await DebianTool.Pandas.RequireAsync();
        string code = AnalysisRecipe.Code("python", fixture.RunFolder) + $"print(\"{CurveMarker}\")\nprint(curve.to_csv(header=False), end=\"\")\n";

        var (exitCode, stdout, stderr) = await DebianTool.Pandas.RunAsync(["-c", code]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("mean", stdout, StringComparison.Ordinal);
        AssertCurve(ParseCurve(stdout));
    }

    [Fact]
    public async Task The_r_recipe_gives_the_curve_of_curves_csv()
    {
        await DebianTool.R.RequireAsync();
        string code = AnalysisRecipe.Code("r", fixture.RunFolder) + $"cat(\"{CurveMarker}\\n\")\nwrite.table(curve, sep = \",\", row.names = FALSE, col.names = FALSE)\n";

        var (exitCode, stdout, stderr) = await DebianTool.R.RunAsync(["-e", code]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Mean", stdout, StringComparison.Ordinal);
        AssertCurve(ParseCurve(stdout));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void The_duckdb_recipe_gives_the_curve_of_curves_csv_from_either_format(string format)
    {
        string sql = AnalysisRecipe.Code("sql", fixture.RunFolder);
        if (format == "parquet")
        {
            sql = sql.Replace("read_csv(", "read_parquet(", StringComparison.Ordinal).Replace(".csv'", ".parquet'", StringComparison.Ordinal);
        }

        string[] statements = [.. sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0)];
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();

        var summary = Query(connection, statements[0]);
        var curve = Query(connection, statements[^1]);

        Assert.Equal(2, statements.Length);
        Assert.Equal(4L, Convert.ToInt64(summary.Single()[0], CultureInfo.InvariantCulture));
        var runs = File.ReadLines(Path.Combine(fixture.RunFolder, "runs.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(runs.Average(), Convert.ToDouble(summary.Single()[1], CultureInfo.InvariantCulture), 12);
        AssertCurve(curve.ToDictionary(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture), r => Convert.ToDouble(r[1], CultureInfo.InvariantCulture)));
    }

    private static List<object[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The lines after the marker, <c>step,mean</c> each.</summary>
    private static Dictionary<int, double> ParseCurve(string stdout)
    {
        int marker = stdout.LastIndexOf(CurveMarker, StringComparison.Ordinal);
        Assert.True(marker >= 0, stdout);
        return stdout[(marker + CurveMarker.Length)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(','))
            .ToDictionary(f => int.Parse(f[0], CultureInfo.InvariantCulture), f => double.Parse(f[1], CultureInfo.InvariantCulture));
    }

    private void AssertCurve(Dictionary<int, double> actual)
    {
        var expected = ExpectedCurve();
        Assert.Equal(expected.Keys, actual.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key], 9));
    }

    /// <summary><c>curves.csv</c>'s <c>adopters_mean</c> by step: the tool's own carried-forward mean.</summary>
    private SortedDictionary<int, double> ExpectedCurve()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.RunFolder, "curves.csv"));
        string[] header = lines[0].Split(',');
        int step = Array.IndexOf(header, "step");
        int mean = Array.IndexOf(header, "adopters_mean");
        return new(lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => int.Parse(f[step], CultureInfo.InvariantCulture), f => double.Parse(f[mean], CultureInfo.InvariantCulture)));
    }
}
