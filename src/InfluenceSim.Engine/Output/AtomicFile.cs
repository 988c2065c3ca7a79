using System.Text;

namespace InfluenceSim.Engine.Output;

/// <summary>Writes a file whole or not at all: a temporary sibling is written and flushed, then renamed over the target.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="contents"/> as UTF-8 (no byte-order mark) to <c>PATH.tmp-RANDOM</c> in the same
    /// folder, flushes it to disk, then moves it onto <paramref name="path"/>, replacing any file there.
    /// On failure the temporary file is removed and the target is left as it was.
    /// </summary>
    public static async Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contents);
        string target = Path.GetFullPath(path);
        string temporary = $"{target}.tmp-{RandomSuffix()}";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(Utf8.GetBytes(contents), cancellationToken).ConfigureAwait(false);
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

    /// <summary>Twelve random lowercase hex digits, for temporary names that do not collide.</summary>
    internal static string RandomSuffix() => Guid.NewGuid().ToString("N")[..12];

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
