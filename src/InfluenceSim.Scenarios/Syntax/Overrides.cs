using System.Globalization;
using System.Text.RegularExpressions;

namespace InfluenceSim.Scenarios.Syntax;

/// <summary>
/// Applies <c>--set KEY=VALUE</c> overrides to a scenario tree before validation. KEY is a dotted
/// path (<c>network.mean-degree</c>, <c>seeding.nodes[0]</c>); VALUE is read as YAML (a scalar, or a
/// flow list or mapping). Problems are located in the pseudo-file <c>--set KEY=VALUE</c>, line 1,
/// at the column within <c>KEY=VALUE</c>.
/// </summary>
internal static partial class Overrides
{
    private const string Example = "such as network.nodes=1000 or seeding.nodes[0]=5";

    /// <summary>The pseudo-file an override's problems are reported in (a long override shortened, see <see cref="EchoedValue"/>).</summary>
    public static string FileOf(string assignment) => $"--set {EchoedValue.Shorten(assignment)}";

    public static void Apply(MappingNode root, IReadOnlyList<string> assignments, ProblemList problems)
    {
        foreach (string assignment in assignments)
        {
            ApplyOne(root, assignment, problems);
        }
    }

    private static void ApplyOne(MappingNode root, string assignment, ProblemList problems)
    {
        string file = FileOf(assignment);
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            problems.Add(new NodeLocation(file, 1, 1), $"expected KEY=VALUE with a dotted key, {Example}, found {EchoedValue.Quote(assignment)}");
            return;
        }

        var segments = Segments(assignment[..equals], file, problems);
        var location = new NodeLocation(file, 1, equals + 2);
        if (segments is null || !TreeReader.TryRead(assignment[(equals + 1)..], file, equals + 1, problems, out var value))
        {
            return;
        }

        if (value is null)
        {
            problems.Add(location, $"'{assignment[..equals]}' is given no value after '='");
            return;
        }

        Set(root, segments, value, file, problems);
    }

    private static List<OverrideSegment>? Segments(string key, string file, ProblemList problems)
    {
        var segments = new List<OverrideSegment>();
        int column = 1;
        foreach (string part in key.Split('.'))
        {
            var match = SegmentPattern().Match(part);
            if (!match.Success)
            {
                problems.Add(new NodeLocation(file, 1, column), $"'{key}' is not a dotted key {Example}: '{part}' is not a key name");
                return null;
            }

            int? index = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : null;
            segments.Add(new OverrideSegment(match.Groups["name"].Value, index, column));
            column += part.Length + 1;
        }

        return segments;
    }

    private static void Set(MappingNode root, List<OverrideSegment> segments, ScenarioNode value, string file, ProblemList problems)
    {
        ScenarioNode current = root;
        string path = string.Empty;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            bool last = i == segments.Count - 1;
            var at = new NodeLocation(file, 1, segment.Column);
            if (current is not MappingNode mapping)
            {
                problems.Add(at, $"cannot set a key inside '{path}': it is {current.Describe()}, not a mapping");
                return;
            }

            path = path.Length == 0 ? segment.Name : $"{path}.{segment.Name}";
            int found = mapping.IndexOf(segment.Name);
            if (segment.Index is not { } index)
            {
                current = last ? value : new MappingNode(at, []);
                if (found < 0)
                {
                    mapping.Entries.Add(new MappingEntry(new ScalarNode(at, segment.Name, plain: true), current));
                }
                else if (last || mapping.Entries[found].Value is ScalarNode { IsNull: true })
                {
                    mapping.Entries[found] = mapping.Entries[found] with { Value = current };
                }
                else
                {
                    current = mapping.Entries[found].Value;
                }

                continue;
            }

            if (found < 0 || mapping.Entries[found].Value is not SequenceNode list || index >= list.Items.Count)
            {
                problems.Add(at, $"cannot set '{path}[{index}]': '{path}' is not a list with an item [{index}]");
                return;
            }

            if (last)
            {
                list.Items[index] = value;
                return;
            }

            current = list.Items[index];
            path = $"{path}[{index}]";
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_-]+)(\[(?<index>[0-9]{1,9})\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();
}
