namespace InfluenceSim.RunFolders;

/// <summary>A run folder that cannot be read: missing, incomplete or malformed; the message is one line naming the file and what is wrong.</summary>
public sealed class RunFolderException(string message, Exception? innerException = null) : Exception(message, innerException);
