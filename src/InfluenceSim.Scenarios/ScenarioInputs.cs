namespace InfluenceSim.Scenarios;

/// <summary>The files a scenario reads: the scenario file itself, then every network file and node file its points name, each once.</summary>
public static class ScenarioInputs
{
    /// <summary>The absolute paths of the files <paramref name="scenario"/> reads, in the order above.</summary>
    public static IReadOnlyList<string> Files(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var files = new List<string> { scenario.SourcePath };
        foreach (var point in PointsOf(scenario))
        {
            files.AddRange(new[] { point.Network.Path, point.Network.NodeFile }.OfType<string>());
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Each file with its SHA-256: the scenario file's is the hash of the bytes the scenario was read from; the others are read now.
    /// </summary>
    /// <exception cref="IOException">A network or node file can no longer be read.</exception>
    public static IReadOnlyList<InputFile> Hash(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. Files(scenario).Select(path => new InputFile(path, path == scenario.SourcePath
            ? scenario.SourceHash
            : InputFile.HashOf(path) ?? throw new IOException($"cannot read '{path}', an input of the scenario")))];
    }

    private static IEnumerable<Scenario> PointsOf(Scenario scenario) =>
        scenario.Sweep is { } sweep ? sweep.Points.Select(p => p.Scenario) : [scenario];
}
