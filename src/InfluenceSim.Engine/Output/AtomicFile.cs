using System.Text;

namespace InfluenceSim.Engine.Output;

/// <summary>Writes a text file whole or not at all, through <see cref="AtomicBinaryFile"/>: a temporary sibling is written and flushed, then renamed over the target.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="contents"/> as UTF-8 (no byte-order mark) to <c>PATH.tmp-RANDOM</c> in the same
    /// folder, flushes it to disk, then moves it onto <paramref name="path"/>, replacing any file there.
    /// On failure the temporary file is removed and the target is left as it was.
    /// </summary>
    public static Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return AtomicBinaryFile.WriteAsync(path, (stream, token) => stream.WriteAsync(Utf8.GetBytes(contents), token).AsTask(), cancellationToken);
    }

    /// <summary>Twelve random lowercase hex digits, for temporary names that do not collide.</summary>
    internal static string RandomSuffix() => Guid.NewGuid().ToString("N")[..12];
}
