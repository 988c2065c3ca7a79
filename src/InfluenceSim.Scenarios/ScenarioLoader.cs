using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using InfluenceSim.Scenarios.Sweeps;
using InfluenceSim.Scenarios.Syntax;
using InfluenceSim.Scenarios.Validation;

namespace InfluenceSim.Scenarios;

/// <summary>Loads a scenario file (YAML, or JSON), applies <c>--set</c> overrides and validates it, reporting every problem at once.</summary>
public static class ScenarioLoader
{
    /// <summary>Reads, overrides and validates the scenario file at <paramref name="path"/> against <paramref name="registries"/>.</summary>
    /// <param name="path">The scenario file, as the user gave it (problems name it so).</param>
    /// <param name="overrides">The <c>--set</c> values, each <c>KEY=VALUE</c>, applied in order.</param>
    /// <param name="sweeps">The <c>--sweep</c> axes, each <c>KEY=V1,V2,...</c>.</param>
    /// <param name="registries">The models, generators and strategies its names may take: the engine's <c>BuiltIns.Registries</c>, or a program's own (docs/extending.md).</param>
    /// <exception cref="ScenarioException">The file cannot be read or the scenario is invalid.</exception>
    public static Scenario Load(string path, IReadOnlyList<string> overrides, IReadOnlyList<string> sweeps, ScenarioRegistries registries)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(sweeps);
        ArgumentNullException.ThrowIfNull(registries);
        byte[] bytes = ReadBytes(path);
        string text = Decode(bytes, path);
        string fullPath = Path.GetFullPath(path);
        return Build(new Source(text, path, Path.GetDirectoryName(fullPath)!, fullPath, Hash(bytes), registries), overrides, sweeps);
    }

    /// <summary>Overrides and validates scenario text against <paramref name="registries"/>, as <see cref="Load"/> does after reading a file.</summary>
    /// <param name="text">The scenario, YAML or JSON.</param>
    /// <param name="displayPath">The name problems give the text.</param>
    /// <param name="baseDirectory">The folder relative paths resolve against (and must stay within).</param>
    /// <param name="overrides">The <c>--set</c> values, each <c>KEY=VALUE</c>, applied in order.</param>
    /// <param name="sweeps">The <c>--sweep</c> axes, each <c>KEY=V1,V2,...</c>.</param>
    /// <param name="registries">The models, generators and strategies its names may take.</param>
    /// <exception cref="ScenarioException">The scenario is invalid.</exception>
    public static Scenario Parse(string text, string displayPath, string baseDirectory, IReadOnlyList<string> overrides, IReadOnlyList<string> sweeps, ScenarioRegistries registries)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(sweeps);
        ArgumentNullException.ThrowIfNull(registries);
        string folder = Path.GetFullPath(baseDirectory);
        return Build(new Source(text, displayPath, folder, Path.Join(folder, Path.GetFileName(displayPath)), Hash(Encoding.UTF8.GetBytes(text)), registries), overrides, sweeps);
    }

    private static Scenario Build(Source source, IReadOnlyList<string> overrides, IReadOnlyList<string> sweeps)
    {
        var (scenario, sweep) = Validate(source, overrides, sweeps);
        if (sweep is null)
        {
            return scenario;
        }

        return SweepBuilder.Build(scenario, sweep.Value.Axes, sweep.Value.Zip, assignments => Validate(source, [.. overrides, .. assignments], []).Scenario, source.DisplayPath, overrides);
    }

    private static (Scenario Scenario, (List<(SweepAxis Axis, List<NodeLocation> At)> Axes, bool Zip)? Sweep) Validate(Source source, IReadOnlyList<string> overrides, IReadOnlyList<string> sweeps)
    {
        var (text, displayPath, baseDirectory, sourcePath, hash, registries) = source;
        var problems = new ProblemList();
        if (!TreeReader.TryRead(text, displayPath, 0, problems, out var node))
        {
            throw new ScenarioException(problems.Ordered([displayPath]));
        }

        var root = node switch
        {
            MappingNode mapping => mapping,
            null or ScalarNode { IsNull: true } => new MappingNode(new NodeLocation(displayPath, 1, 1), []),
            _ => null,
        };
        if (root is null)
        {
            problems.Add(node!.Location, $"a scenario must be a mapping of keys (name: ..., network: ...), found {node.Describe()}");
            throw new ScenarioException(problems.Ordered([displayPath]));
        }

        Overrides.Apply(root, overrides, problems);
        int sweepIndex = root.IndexOf(SweepReader.Key);
        var sweepBlock = sweepIndex < 0 ? null : root.Entries[sweepIndex].Value;
        if (sweepIndex >= 0)
        {
            root.Entries.RemoveAt(sweepIndex);
        }

        var sweep = sweepBlock is null && sweeps.Count == 0 ? null : new SweepReader(problems).Read(sweepBlock, sweeps);
        var scenario = new ScenarioValidator(problems, baseDirectory, registries).Validate(root, sourcePath, hash, SourceMapBuilder.Build(displayPath, root));
        if (scenario is null || problems.Count > 0)
        {
            throw new ScenarioException(problems.Ordered([displayPath, .. overrides.Select(Overrides.FileOf), .. sweeps.Select(SweepReader.FileOf)]));
        }

        return (scenario, sweep);
    }

    /// <summary>A scenario's text and where it came from.</summary>
    private sealed record Source(string Text, string DisplayPath, string BaseDirectory, string SourcePath, string Hash, ScenarioRegistries Registries);

    private static byte[] ReadBytes(string path)
    {
        if (RegularFile.NotRegular(path) is { } what)
        {
            throw Single(path, 1, 1, $"the scenario file {what}");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > ScenarioLimits.MaxFileBytes)
            {
                throw Single(path, 1, 1, $"the scenario file is {stream.Length} bytes, more than the limit of {ScenarioLimits.MaxFileBytes} bytes (1 MiB)");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Single(path, 1, 1, $"cannot read the scenario file: {ex.Message}");
        }
    }

    private static string Decode(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((byte[])[0xFF, 0xFE]) || span.StartsWith((byte[])[0xFE, 0xFF]))
        {
            throw Single(path, 1, 1, "the scenario file is UTF-16; save it as UTF-8");
        }

        if (span.StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            string before = new(chars, 0, written);
            int line = before.Count(c => c == '\n') + 1;
            int column = written - (before.LastIndexOf('\n') + 1) + 1;
            throw Single(path, line, column, $"the scenario file is not valid UTF-8 (byte 0x{span[read]:X2} at offset {bytes.Length - span.Length + read})");
        }

        return new string(chars, 0, written);
    }

    private static ScenarioException Single(string path, int line, int column, string message) =>
        new([new ScenarioProblem(path, line, column, message)]);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
