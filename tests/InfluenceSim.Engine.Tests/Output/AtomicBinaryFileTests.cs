using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class AtomicBinaryFileTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Replaces_the_file_with_what_was_written_and_leaves_no_temporary_file()
    {
        await File.WriteAllTextAsync(folder["t.parquet"], "old, much longer content", cancellation);

        await AtomicBinaryFile.WriteAsync(folder["t.parquet"], (stream, token) => stream.WriteAsync(new byte[] { 1, 2, 3 }, token).AsTask(), cancellation);

        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(folder["t.parquet"], cancellation));
        Assert.Equal([folder["t.parquet"]], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        await File.WriteAllTextAsync(folder["t.parquet"], "old", cancellation);

        await Assert.ThrowsAsync<InvalidDataException>(
            () => AtomicBinaryFile.WriteAsync(folder["t.parquet"], (stream, _) => throw new InvalidDataException("broken"), cancellation));

        Assert.Equal("old", await File.ReadAllTextAsync(folder["t.parquet"], cancellation));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_no_file()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => TableFiles.WriteAsync(folder.Path, RunsCsv.Table(Fixtures.TwoReplicates(), 42), TableFormat.Parquet, new CancellationToken(canceled: true)));

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }
}
