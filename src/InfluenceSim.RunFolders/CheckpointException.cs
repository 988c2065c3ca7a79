namespace InfluenceSim.RunFolders;

/// <summary>A sweep's checkpoint file cannot be used (missing, a folder, unreadable, not the JSON the tool writes); the message names the file and what was expected.</summary>
public sealed class CheckpointException(string path, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The checkpoint file.</summary>
    public string FilePath { get; } = path;
}
