using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class ShippedScenarioTests
{
    public static TheoryData<string> Files()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "global.json")))
        {
            folder = folder.Parent;
        }

        string scenarios = Path.Combine(folder!.FullName, "scenarios");
        return [.. Directory.EnumerateFiles(scenarios, "*.yaml").Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_scenario_in_the_repository_is_valid(string path)
    {
        var scenario = ScenarioLoader.Load(path, [], [], BuiltIns.Registries);

        Assert.Equal(path, scenario.SourcePath);
    }
}
