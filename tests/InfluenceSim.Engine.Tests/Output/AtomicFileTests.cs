using InfluenceSim.Files;
using InfluenceSim.RunFolders;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_utf8_without_bom_and_leaves_no_temporary_file()
    {
        await AtomicFile.WriteAllTextAsync(folder.File("a.csv"), "é,1\n", cancellation);

        Assert.Equal("é,1\n"u8.ToArray(), await File.ReadAllBytesAsync(folder.File("a.csv"), cancellation));
        Assert.Equal([folder.File("a.csv")], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Replaces_an_existing_file()
    {
        await File.WriteAllTextAsync(folder.File("a.csv"), "old, much longer content\n", cancellation);

        await AtomicFile.WriteAllTextAsync(folder.File("a.csv"), "new\n", cancellation);

        Assert.Equal("new\n", await File.ReadAllTextAsync(folder.File("a.csv"), cancellation));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_stream_writer_replaces_the_file_with_what_was_written_and_leaves_no_temporary_file()
    {
        await File.WriteAllTextAsync(folder.File("t.parquet"), "old, much longer content", cancellation);

        await AtomicFile.WriteAsync(folder.File("t.parquet"), (stream, token) => stream.WriteAsync(new byte[] { 1, 2, 3 }, token).AsTask(), cancellation);

        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(folder.File("t.parquet"), cancellation));
        Assert.Equal([folder.File("t.parquet")], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void The_synchronous_writer_replaces_the_file_and_leaves_no_temporary_file()
    {
        File.WriteAllText(folder.File("r.png"), "old");

        AtomicFile.WriteAllBytes(folder.File("r.png"), [4, 5]);

        Assert.Equal([4, 5], File.ReadAllBytes(folder.File("r.png")));
        Assert.Equal([folder.File("r.png")], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        await File.WriteAllTextAsync(folder.File("t.parquet"), "old", cancellation);

        await Assert.ThrowsAsync<InvalidDataException>(
            () => AtomicFile.WriteAsync(folder.File("t.parquet"), (stream, _) => throw new InvalidDataException("broken"), cancellation));

        Assert.Equal("old", await File.ReadAllTextAsync(folder.File("t.parquet"), cancellation));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_the_old_file_and_no_temporary_file()
    {
        await File.WriteAllTextAsync(folder.File("a.csv"), "old\n", cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => AtomicFile.WriteAllTextAsync(folder.File("a.csv"), "new\n", new CancellationToken(canceled: true)));

        Assert.Equal("old\n", await File.ReadAllTextAsync(folder.File("a.csv"), cancellation));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_cancelled_table_write_leaves_no_file()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => TableFiles.WriteAsync(folder.Path, RunsCsv.Table(Fixtures.TwoReplicates(), 42), TableFormat.Parquet, new CancellationToken(canceled: true)));

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_missing_folder_fails_with_an_error_that_names_the_file()
    {
        var error = await Assert.ThrowsAsync<IOException>(
            () => AtomicFile.WriteAllTextAsync(folder.File("missing/a.csv"), "x", cancellation));

        Assert.StartsWith($"cannot write '{folder.File("missing/a.csv")}': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_planted_at_the_old_fixed_temporary_name_is_not_followed()
    {
        string victim = folder.File("victim.txt");
        File.WriteAllText(victim, "precious\n");
        File.CreateSymbolicLink(folder.File("n.csv.tmp"), victim);

        AtomicFile.WriteAllBytes(folder.File("n.csv"), "a,b\n"u8.ToArray());

        Assert.Equal("precious\n", File.ReadAllText(victim));
        Assert.Equal("a,b\n", File.ReadAllText(folder.File("n.csv")));
        Assert.Equal(["n.csv", "n.csv.tmp", "victim.txt"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
