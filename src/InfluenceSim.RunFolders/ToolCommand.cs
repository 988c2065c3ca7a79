namespace InfluenceSim.RunFolders;

/// <summary>
/// How the user starts this program, for the commands that messages suggest: <c>influencesim</c> when it is installed
/// (a .NET tool, a published copy), the <c>dotnet run --project ... --</c> form when it runs from a checkout's build.
/// </summary>
public static class ToolCommand
{
    /// <summary>The installed command's name (the .NET tool's <c>ToolCommandName</c>).</summary>
    public const string Installed = "influencesim";

    /// <summary>The project file beside which a checkout's build lies, in <c>bin/CONFIGURATION/FRAMEWORK</c>.</summary>
    public const string ProjectFile = "InfluenceSim.Cli.csproj";

    /// <summary>The command for this process, from the program's folder and the current directory.</summary>
    public static string Current { get; } = For(AppContext.BaseDirectory, Environment.CurrentDirectory);

    /// <summary>
    /// The command that starts the program built in <paramref name="programFolder"/>, typed in <paramref name="currentDirectory"/>:
    /// <c>dotnet run --project PATH [-c CONFIGURATION] --</c> when that folder is <c>bin/CONFIGURATION/FRAMEWORK</c> of the
    /// project (PATH relative to the current directory; no <c>-c</c> for Debug, <c>dotnet run</c>'s default), else <see cref="Installed"/>.
    /// </summary>
    public static string For(string programFolder, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(programFolder);
        ArgumentNullException.ThrowIfNull(currentDirectory);
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(programFolder)));
        var configuration = framework.Parent;
        var bin = configuration?.Parent;
        var project = bin?.Parent;
        if (configuration is null || bin?.Name != "bin" || project is null || !File.Exists(Path.Combine(project.FullName, ProjectFile)))
        {
            return Installed;
        }

        string config = configuration.Name == "Debug" ? string.Empty : $" -c {configuration.Name}";
        return $"dotnet run --project {Argument(Path.GetRelativePath(currentDirectory, project.FullName))}{config} --";
    }

    /// <summary><paramref name="text"/> as one argument a POSIX shell reads back: as it is when plain, else in single quotes.</summary>
    public static string Argument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool plain = text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '+' or '=' or ',');
        return plain ? text : $"'{text.Replace("'", "'\\''", StringComparison.Ordinal)}'";
    }
}
