using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_utf8_without_bom_and_leaves_no_temporary_file()
    {
        await AtomicFile.WriteAllTextAsync(folder["a.csv"], "é,1\n", TestContext.Current.CancellationToken);

        Assert.Equal("é,1\n"u8.ToArray(), await File.ReadAllBytesAsync(folder["a.csv"], TestContext.Current.CancellationToken));
        Assert.Equal([folder["a.csv"]], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Replaces_an_existing_file()
    {
        await File.WriteAllTextAsync(folder["a.csv"], "old, much longer content\n", TestContext.Current.CancellationToken);

        await AtomicFile.WriteAllTextAsync(folder["a.csv"], "new\n", TestContext.Current.CancellationToken);

        Assert.Equal("new\n", await File.ReadAllTextAsync(folder["a.csv"], TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_the_old_file_and_no_temporary_file()
    {
        await File.WriteAllTextAsync(folder["a.csv"], "old\n", TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => AtomicFile.WriteAllTextAsync(folder["a.csv"], "new\n", new CancellationToken(canceled: true)));

        Assert.Equal("old\n", await File.ReadAllTextAsync(folder["a.csv"], TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_missing_folder_fails_with_its_own_error()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(
            () => AtomicFile.WriteAllTextAsync(folder["missing/a.csv"], "x", TestContext.Current.CancellationToken));
    }
}
