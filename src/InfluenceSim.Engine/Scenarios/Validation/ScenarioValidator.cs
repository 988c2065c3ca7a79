using System.Text.RegularExpressions;
using InfluenceSim.Engine.Scenarios.Syntax;

namespace InfluenceSim.Engine.Scenarios.Validation;

/// <summary>Checks a scenario tree against the scenario reference, collecting every problem, and builds the <see cref="Scenario"/>.</summary>
internal sealed partial class ScenarioValidator(ProblemList problems, string baseDirectory)
{
    private const long DefaultSeed = 1;
    private const int DefaultReplicates = 1;
    private const int DefaultMaxSteps = 1000;
    private const string CompareSeedingKey = "compare-seeding";

    private static readonly string[] RootKeys = ["name", "seed", "replicates", "max-steps", "network", "model", "seeding", CompareSeedingKey, "sweep"];

    private readonly ValueChecker _values = new(problems);

    /// <summary>The scenario, or null when a problem was found (every problem is in the list).</summary>
    public Scenario? Validate(MappingNode root, string sourcePath, string sourceHash, SourceMap locations)
    {
        var block = new BlockReader(root, string.Empty, root.Location, RootKeys, problems);
        block.RejectUnknown(RootKeys, key => block.UnknownKey(key, RootKeys));

        string? name = Name(block.Required("name"));
        long? seed = Optional(block, "seed", DefaultSeed, "a 64-bit integer", long.MinValue, long.MaxValue);
        long? replicates = Optional(block, "replicates", DefaultReplicates, $"an integer from 1 to {ScenarioLimits.MaxReplicates}", 1, ScenarioLimits.MaxReplicates);
        long? maxSteps = Optional(block, "max-steps", DefaultMaxSteps, $"an integer from 1 to {ScenarioLimits.MaxSteps}", 1, ScenarioLimits.MaxSteps);

        var networkValidator = new NetworkValidator(problems, _values, baseDirectory);
        var network = networkValidator.Validate(Block(block, "network", NetworkValidator.AllKeys));
        var model = new ModelValidator(problems, _values).Validate(Block(block, "model", ModelValidator.AllKeys));
        var compareNode = block.Value(CompareSeedingKey);
        var compared = compareNode is null ? null : CompareSeeding(compareNode);
        var seeding = compareNode is not null && compared is null
            ? null
            : new SeedingValidator(problems, _values).Validate(Block(block, "seeding", SeedingValidator.AllKeys, required: false), networkValidator.Generator, networkValidator.Nodes, compared, compareNode?.Location ?? default);

        if (problems.Count > 0 || name is null || seed is null || replicates is null || maxSteps is null || network is null || model is null || seeding is null)
        {
            return null;
        }

        return new Scenario(name, seed.Value, (int)replicates.Value, (int)maxSteps.Value, network, model, seeding)
        {
            SourcePath = sourcePath,
            SourceHash = sourceHash,
            Resolved = ResolvedJson.Build(name, seed.Value, (int)replicates.Value, (int)maxSteps.Value, network, networkValidator.PathAsGiven, model, seeding, compared),
            Locations = locations,
            CompareSeeding = compared,
        };
    }

    private List<string>? CompareSeeding(ScenarioNode node)
    {
        string expected = $"a list of two or more distinct strategies that include {SeedingStrategies.Random} (the baseline), each one of {string.Join(", ", SeedingStrategies.Sized)}";
        if (node is not SequenceNode { Items.Count: >= 2 } list)
        {
            _values.Report(node, CompareSeedingKey, expected);
            return null;
        }

        var strategies = new List<string>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            string? strategy = _values.Choice(list.Items[i], $"{CompareSeedingKey}[{i}]", SeedingStrategies.Sized);
            if (strategy is not null && strategies.Contains(strategy))
            {
                problems.Add(list.Items[i].Location, $"'{CompareSeedingKey}[{i}]' repeats strategy {strategy}");
            }
            else if (strategy is not null)
            {
                strategies.Add(strategy);
            }
        }

        if (strategies.Count == list.Items.Count && !strategies.Contains(SeedingStrategies.Random))
        {
            _values.Report(node, CompareSeedingKey, expected);
            return null;
        }

        return strategies.Count == list.Items.Count ? strategies : null;
    }

    private string? Name(ScenarioNode? node)
    {
        if (node is null)
        {
            return null;
        }

        string expected = $"a name of ASCII letters, digits, '-' and '_' (1 to {ScenarioLimits.MaxNameLength} characters)";
        string? name = _values.Text(node, "name", expected);
        if (name is not null && (name.Length > ScenarioLimits.MaxNameLength || !NamePattern().IsMatch(name)))
        {
            _values.Report(node, "name", expected);
            return null;
        }

        return name;
    }

    private long? Optional(BlockReader block, string key, long fallback, string expected, long min, long max)
    {
        var node = block.Value(key);
        return node is null ? fallback : _values.Integer(node, key, expected, v => v >= min && v <= max);
    }

    private BlockReader? Block(BlockReader root, string key, IReadOnlyCollection<string> vocabulary, bool required = true)
    {
        var entry = root.Entry(key);
        if (entry is null)
        {
            if (required)
            {
                root.Missing(key);
            }

            return null;
        }

        if (entry.Value is not MappingNode mapping)
        {
            _values.Report(entry.Value, key, "a mapping of keys");
            return null;
        }

        return new BlockReader(mapping, key, entry.Key.Location, vocabulary, problems);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
