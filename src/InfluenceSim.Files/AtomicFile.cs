using System.Text;

namespace InfluenceSim.Files;

/// <summary>
/// The one way the tool writes a file: whole or not at all. The content goes to a temporary file with a random
/// name in the same folder, created exclusively (so a link planted there is never followed), flushed to disk,
/// then renamed over the target. On failure the temporary file is removed and the target is left as it was.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Lets <paramref name="write"/> fill the file through a writable, seekable stream that it must not dispose.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.GetFullPath(path);
        string temporary = TemporaryName(target);
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(temporary);
            throw CannotWrite(target, e);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>The synchronous <see cref="WriteAsync"/>, for writers that fill a stream synchronously.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteAsync(path, (stream, _) =>
        {
            write(stream);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes <paramref name="contents"/> as UTF-8 without a byte-order mark.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return WriteAsync(path, (stream, token) => stream.WriteAsync(Utf8.GetBytes(contents), token).AsTask(), cancellationToken);
    }

    /// <summary>Writes <paramref name="bytes"/> as they are.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Twelve random lowercase hex digits, for temporary names that do not collide.</summary>
    public static string RandomSuffix() => Guid.NewGuid().ToString("N")[..12];

    private static string TemporaryName(string target) => $"{target}.tmp-{RandomSuffix()}";

    private static IOException CannotWrite(string target, Exception e) => new($"cannot write '{target}': {e.Message}", e);

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
