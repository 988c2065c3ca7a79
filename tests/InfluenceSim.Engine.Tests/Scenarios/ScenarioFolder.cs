namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>A fresh temporary folder for scenario and network files, deleted on dispose.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("influencesim-scenarios-").FullName;

    /// <summary>Writes a file below the folder (creating subfolders) and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
