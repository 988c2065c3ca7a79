using System.Text.Json;

namespace InfluenceSim.RunFolders;

/// <summary>
/// Reads one checkpoint file of a sweep (its plan or a finished point) as the record the tool wrote,
/// turning every way the file can be wrong into a <see cref="CheckpointException"/> that names it,
/// never the JSON library's own message with .NET type names.
/// </summary>
internal static class CheckpointJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The record in <paramref name="path"/>; <paramref name="what"/> says what the file should hold (<c>the sweep's plan</c>).</summary>
    public static T Read<T>(string path, string what)
        where T : class
    {
        if (Directory.Exists(path))
        {
            throw Damaged(path, what, "a folder");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException(path, $"{path}: cannot read the sweep's checkpoint: {e.Message}", e);
        }

        if (bytes.Length == 0)
        {
            throw Damaged(path, what, "an empty file");
        }

        try
        {
            var record = JsonSerializer.Deserialize<T>(bytes, Options) ?? throw Damaged(path, what, "null");
            return NullItems.Find(record) is { } at ? throw Damaged(path, what, $"null at {at}") : record;
        }
        catch (JsonException e)
        {
            string at = e.Path is { Length: > 0 } jsonPath ? $" at {jsonPath}" : string.Empty;
            string line = e.LineNumber is { } number ? $" (line {number + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            throw Damaged(path, what, $"JSON that is invalid or does not fit{at}{line}", e);
        }
    }

    private static CheckpointException Damaged(string path, string what, string found, Exception? inner = null) =>
        new(path, $"{path}: the sweep's checkpoint is damaged: expected {what} as the tool writes it, found {found}; start the sweep again without --resume", inner);
}
