namespace InfluenceSim.Networks.Files;

/// <summary>Writes a file whole or not at all: to PATH.tmp first, then renamed over PATH.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        string temporary = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
