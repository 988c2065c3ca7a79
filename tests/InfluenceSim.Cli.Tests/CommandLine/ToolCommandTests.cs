using InfluenceSim.RunFolders;

namespace InfluenceSim.Cli.Tests.CommandLine;

/// <summary>The command that hints name: the <c>dotnet run</c> form for a checkout's build, <c>influencesim</c> elsewhere.</summary>
public sealed class ToolCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("Release", "", "dotnet run --project src/InfluenceSim.Cli -c Release --")]
    [InlineData("Debug", "", "dotnet run --project src/InfluenceSim.Cli --")]
    [InlineData("Release", "docs", "dotnet run --project ../src/InfluenceSim.Cli -c Release --")]
    public void A_build_in_the_projects_bin_folder_is_started_with_dotnet_run(string configuration, string below, string expected)
    {
        string project = Directory.CreateDirectory(Path.Combine(_temp.Path, "src", "InfluenceSim.Cli")).FullName;
        File.WriteAllText(Path.Combine(project, ToolCommand.ProjectFile), "<Project />");
        string program = Directory.CreateDirectory(Path.Combine(project, "bin", configuration, "net10.0")).FullName + Path.DirectorySeparatorChar;
        string current = Directory.CreateDirectory(Path.Combine(_temp.Path, below)).FullName;

        Assert.Equal(expected, ToolCommand.For(program, current));
    }

    [Fact]
    public void A_project_path_with_a_space_is_quoted_for_the_shell()
    {
        string project = Directory.CreateDirectory(Path.Combine(_temp.Path, "my work", "InfluenceSim.Cli")).FullName;
        File.WriteAllText(Path.Combine(project, ToolCommand.ProjectFile), "<Project />");
        string program = Directory.CreateDirectory(Path.Combine(project, "bin", "Release", "net10.0")).FullName;

        Assert.Equal("dotnet run --project 'my work/InfluenceSim.Cli' -c Release --", ToolCommand.For(program, _temp.Path));
    }

    [Fact]
    public void An_installed_tool_or_a_copy_outside_the_project_is_influencesim()
    {
        string store = Directory.CreateDirectory(Path.Combine(_temp.Path, ".store", "influencesim", "0.1.0", "influencesim", "0.1.0", "tools", "net10.0", "any")).FullName;
        string tests = Directory.CreateDirectory(Path.Combine(_temp.Path, "tests", "InfluenceSim.Cli.Tests", "bin", "Debug", "net10.0")).FullName;

        Assert.Equal("influencesim", ToolCommand.For(store, _temp.Path));
        Assert.Equal("influencesim", ToolCommand.For(tests, _temp.Path));
        Assert.Equal("influencesim", ToolCommand.For("/", _temp.Path));
    }

    [Theory]
    [InlineData("runs/quickstart-20250131", "runs/quickstart-20250131")]
    [InlineData("my runs/a", "'my runs/a'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    public void An_argument_is_quoted_only_when_a_shell_would_split_or_expand_it(string text, string expected) =>
        Assert.Equal(expected, ToolCommand.Argument(text));

    public void Dispose() => _temp.Dispose();
}
