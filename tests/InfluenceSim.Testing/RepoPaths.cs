namespace InfluenceSim.Testing;

/// <summary>Where the checkout and the built program are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    /// <summary>The built program: the referenced Cli project is copied next to the test assembly.</summary>
    public static string CliDll => Existing(Path.Combine(AppContext.BaseDirectory, "influencesim.dll"));

    /// <summary>
    /// The program as the Cli project built it in its own <c>bin/CONFIGURATION/FRAMEWORK</c> folder (the one <c>dotnet run</c>
    /// starts), in the configuration and framework of the tests.
    /// </summary>
    public static string CheckoutCliDll
    {
        get
        {
            var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            return Existing(Path.Combine(RepoRoot, "src", "InfluenceSim.Cli", "bin", framework.Parent!.Name, framework.Name, "influencesim.dll"));
        }
    }

    /// <summary>The checkout's root: the nearest folder above the test assembly that holds <c>InfluenceSim.sln</c>.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "InfluenceSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no folder above {AppContext.BaseDirectory} holds InfluenceSim.sln");
    }

    private static string Existing(string path) => File.Exists(path) ? path : throw new FileNotFoundException("the influencesim program was not built next to the tests", path);
}
