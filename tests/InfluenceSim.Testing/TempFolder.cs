namespace InfluenceSim.Testing;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose: the one temporary folder of every test project.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("influencesim-tests-").FullName;

    public string Path { get; }

    /// <summary>The full path of <paramref name="name"/> inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Creates the folder <paramref name="name"/> inside the temp folder and returns its full path.</summary>
    public string Folder(string name) => Directory.CreateDirectory(File(name)).FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> (a path inside the folder; missing subfolders are created) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The names of the entries directly in <paramref name="folder"/> (the temp folder by default).</summary>
    public IReadOnlyList<string> Entries(string? folder = null) =>
        [.. Directory.EnumerateFileSystemEntries(folder ?? Path).Select(e => System.IO.Path.GetFileName(e)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
