namespace InfluenceSim.Files;

/// <summary>Checks, before any work, that a folder the tool will write can be created in place: its parent exists or is created, and a file can be created there.</summary>
public static class WritableFolder
{
    /// <summary>
    /// Null when a folder can be created (or replaced) at <paramref name="folder"/> by writing a sibling and renaming it
    /// into place; else a sentence naming the path and the reason. Creates the parent folder when it is missing, then
    /// creates and removes a probe file in it, named <c>.NAME.writable-RANDOM</c> (no shorter than the sibling the
    /// folder is built in). A mount point is refused: it can be neither renamed nor replaced.
    /// </summary>
    public static string? Problem(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        string? parent = Path.GetDirectoryName(target);
        if (parent is null)
        {
            return $"the output folder '{folder}' is a root folder; choose a folder inside it";
        }

        if (FileKind.Stat(target, out _, out bool mountRoot) == 0 && mountRoot)
        {
            return $"the output folder '{folder}' is a mount point, which cannot be replaced by a new folder; choose a folder inside it";
        }

        string probe = Path.Combine(parent, $".{Path.GetFileName(target)}.writable-{AtomicFile.RandomSuffix()}");
        try
        {
            Directory.CreateDirectory(parent);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the output folder '{folder}' cannot be written: cannot create a file in '{parent}': {e.Message}";
        }
    }
}
