using System.Globalization;
using InfluenceSim.Scenarios.Sweeps;

namespace InfluenceSim.Scenarios.Syntax;

/// <summary>
/// Reads a scenario's <c>sweep:</c> block: each key a dotted scenario path with a list of values of any kind
/// (<see cref="SweepValue"/>) or <c>{ from, to, step }</c>; <c>zip: true</c> pairs the lists instead of crossing them.
/// Command-line axes (<c>--sweep KEY=V1,V2</c> for scalars, <c>--sweep 'KEY=[V1, V2]'</c> as a YAML flow list for
/// any values) replace the file's axis of the same key or are added.
/// </summary>
internal sealed class SweepReader(ProblemList problems)
{
    public const string Key = "sweep";

    /// <summary>The pseudo-file a <c>--sweep</c> axis's problems are reported in (a long axis shortened, see <see cref="EchoedValue"/>).</summary>
    public static string FileOf(string argument) => $"--sweep {EchoedValue.Shorten(argument)}";
    private const string ZipKey = "zip";
    private const int MaxRangeValues = 10_000;

    /// <summary>The axes in order, each value with where it was written, and the zip flag; null when a problem was found.</summary>
    public (List<(SweepAxis Axis, List<NodeLocation> At)> Axes, bool Zip)? Read(ScenarioNode? block, IReadOnlyList<string> commandLine)
    {
        int before = problems.Count;
        var axes = new List<(SweepAxis Axis, List<NodeLocation> At)>();
        bool zip = false;
        if (block is MappingNode mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                if (entry.Key.Value == ZipKey)
                {
                    zip = entry.Value is ScalarNode { Value: "true" or "false" } flag ? flag.Value == "true" : Report(entry.Value, "'sweep.zip' must be true or false");
                }
                else if (Axis(entry) is { } axis)
                {
                    axes.Add(axis);
                }
            }
        }
        else if (block is not null)
        {
            problems.Add(block.Location, $"'sweep' must be a mapping of scenario keys to lists of values, found {block.Describe()}");
        }

        foreach (string argument in commandLine)
        {
            if (CommandLineAxis(argument) is { } axis)
            {
                axes.RemoveAll(a => a.Axis.Key == axis.Axis.Key);
                axes.Add(axis);
            }
        }

        if (zip && axes.Select(a => a.Axis.Values.Count).Distinct().Count() > 1)
        {
            problems.Add(block!.Location, $"'sweep' with zip: true needs lists of one length, found {string.Join(", ", axes.Select(a => $"{a.Axis.Key}: {a.Axis.Values.Count}"))}");
        }

        return problems.Count == before ? (axes, zip) : null;
    }

    private (SweepAxis Axis, List<NodeLocation> At)? Axis(MappingEntry entry)
    {
        string key = entry.Key.Value;
        switch (entry.Value)
        {
            case SequenceNode { Items.Count: > 0 } list when list.Items.All(i => i is not ScalarNode { IsNull: true }):
                return (new SweepAxis(key, [.. list.Items.Select(SweepValue.Text)]), [.. list.Items.Select(i => i.Location)]);
            case MappingNode range:
                return Range(key, range);
            default:
                Report(entry.Value, $"'sweep.{key}' must be a non-empty list of values (numbers, texts, lists or mappings such as {{ uniform: [0.1, 0.3] }}) or {{ from, to, step }}");
                return null;
        }
    }

    private (SweepAxis Axis, List<NodeLocation> At)? Range(string key, MappingNode range)
    {
        double? from = Number(range, "from", key);
        double? to = Number(range, "to", key);
        double? step = Number(range, "step", key);
        if (from is not { } first || to is not { } last || step is not { } by)
        {
            return null;
        }

        if (by <= 0 || last < first || (last - first) / by >= MaxRangeValues)
        {
            Report(range, $"'sweep.{key}' needs step > 0, to >= from and at most {MaxRangeValues} values");
            return null;
        }

        var values = new List<string>();
        for (int i = 0; first + (i * by) <= last + (by * 1e-9); i++)
        {
            values.Add(Math.Round(first + (i * by), 12).ToString("R", CultureInfo.InvariantCulture));
        }

        return (new SweepAxis(key, values), [.. values.Select(_ => range.Location)]);
    }

    private double? Number(MappingNode range, string name, string key)
    {
        var node = range.Find(name)?.Value;
        if (node is ScalarNode scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }

        Report(node ?? range, $"'sweep.{key}.{name}' must be a number");
        return null;
    }

    private (SweepAxis Axis, List<NodeLocation> At)? CommandLineAxis(string argument)
    {
        string file = FileOf(argument);
        int equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && argument[(equals + 1)..].TrimStart().StartsWith('['))
        {
            return FlowListAxis(argument, equals, file);
        }

        var values = equals <= 0 ? [] : argument[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries);
        if (equals <= 0 || values.Any(string.IsNullOrEmpty))
        {
            problems.Add(new NodeLocation(file, 1, 1), $"expected KEY=V1,V2,... such as model.probability=0.05,0.1, found {EchoedValue.Quote(argument)}");
            return null;
        }

        return (new SweepAxis(argument[..equals], values), [.. values.Select(_ => new NodeLocation(file, 1, equals + 2))]);
    }

    /// <summary>A command-line axis <c>KEY=[V1, V2, ...]</c>: a YAML flow list of any values, distributions included.</summary>
    private (SweepAxis Axis, List<NodeLocation> At)? FlowListAxis(string argument, int equals, string file)
    {
        int before = problems.Count;
        if (!TreeReader.TryRead(argument[(equals + 1)..], file, equals + 1, problems, out var node) || problems.Count > before)
        {
            return null;
        }

        if (node is not SequenceNode { Items.Count: > 0 } list || list.Items.Any(i => i is ScalarNode { IsNull: true }))
        {
            problems.Add(new NodeLocation(file, 1, equals + 2), $"expected KEY=[V1, V2, ...], a non-empty YAML flow list of values such as model.threshold=[{{uniform: [0.1, 0.3]}}, {{uniform: [0.2, 0.4]}}], found {EchoedValue.Quote(argument)}");
            return null;
        }

        return (new SweepAxis(argument[..equals], [.. list.Items.Select(SweepValue.Text)]), [.. list.Items.Select(i => i.Location)]);
    }

    private bool Report(ScenarioNode node, string message)
    {
        problems.Add(node.Location, message);
        return false;
    }
}
