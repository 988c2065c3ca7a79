using InfluenceSim.Engine.Tests.Statistics;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Statistics;
using InfluenceSim.Testing;
using ParquetType = Parquet.Meta.Type;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary><c>curves.parquet</c> has declared column types: the same schema whatever the values.</summary>
public sealed class CurvesSchemaTests : IDisposable
{
    private readonly TempFolder root = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task A_run_whose_sds_are_all_0_has_the_schema_of_one_whose_sds_are_not()
    {
        // One replicate: every sd is 0 and every mean an integer, which read as CSV would type as INT64.
        var flat = StepStatistics.Of([Series.Replicate(0, 2, 1)]);
        var spread = StepStatistics.Of([Series.Replicate(0, 1, 2, 3, 1), Series.Replicate(1, 1, 1)]);

        var flatSchema = await WriteAndReadSchema("flat", flat);
        var spreadSchema = await WriteAndReadSchema("spread", spread);

        Assert.Equal(flatSchema, spreadSchema);
        Assert.Equal(("step", ParquetType.INT64, false), flatSchema[0]);
        Assert.Equal(("replicates", ParquetType.INT64, false), flatSchema[1]);
        Assert.Equal(("adopters_sd", ParquetType.DOUBLE, false), flatSchema[3]);
        Assert.Equal(("adopters_ci95_bootstrap_lo", ParquetType.DOUBLE, true), flatSchema[10]);
        Assert.All(flatSchema.Skip(2).Where(c => !c.Name.Contains('.', StringComparison.Ordinal)), c => Assert.Equal(ParquetType.DOUBLE, c.Type));
        Assert.Equal(("model.probability", ParquetType.DOUBLE, false), flatSchema[^1]);
    }

    private async Task<List<(string Name, ParquetType Type, bool Nullable)>> WriteAndReadSchema(string name, StepStatistics curve)
    {
        string folder = root.File(name);
        Directory.CreateDirectory(folder);
        var keys = new[] { KeyValuePair.Create("model.probability", "0.1") };
        await TableFiles.WriteAsync(folder, CurvesCsv.Table([(keys, curve)]), TableFormat.Parquet, cancellation);
        return [.. (await ParquetReadBack.ReadAsync(Path.Combine(folder, "curves.parquet"), cancellation)).Schema];
    }
}
