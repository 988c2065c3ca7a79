namespace InfluenceSim.Engine.Output;

/// <summary>Writes a file through a stream whole or not at all: to a temporary sibling, flushed, then renamed over the target.</summary>
public static class AtomicBinaryFile
{
    /// <summary>
    /// Lets <paramref name="write"/> fill <c>PATH.tmp-RANDOM</c> in the same folder (a writable, seekable stream that
    /// it must not dispose), flushes it to disk, then moves it onto <paramref name="path"/>, replacing any file there.
    /// On failure the temporary file is removed and the target is left as it was.
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.GetFullPath(path);
        string temporary = $"{target}.tmp-{AtomicFile.RandomSuffix()}";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    private static void DeleteQuietly(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
