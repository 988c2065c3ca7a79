namespace InfluenceSim.RunFolders;

/// <summary>A run folder the tool refuses to write, replace or resume (a user error: exit 2), with a sentence naming the path and why.</summary>
public sealed class RunFolderRefusedException : IOException
{
    public RunFolderRefusedException()
    {
    }

    public RunFolderRefusedException(string message)
        : base(message)
    {
    }

    public RunFolderRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
