using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks a scenario tree against the scenario reference, collecting every problem, and builds the <see cref="Scenario"/>.</summary>
internal sealed class ScenarioValidator(ProblemList problems, string baseDirectory, ScenarioRegistries registries)
{
    private const long DefaultSeed = 1;
    private const int DefaultReplicates = 1;
    private const int DefaultMaxSteps = 1000;
    private const string CompareSeedingKey = "compare-seeding";

    private static readonly string[] RootKeys =
    [
        "name", "seed", "replicates", "max-steps", "network", "model", "seeding", CompareSeedingKey, "sweep",
        PopulationValidator.Key, CampaignValidator.Key, BrandValidator.Key, OutputsValidator.Key, OutputsValidator.CapKey, EngineValidator.Key,
    ];

    private readonly ValueChecker _values = new(problems);

    /// <summary>The scenario, or null when a problem was found (every problem is in the list).</summary>
    public Scenario? Validate(MappingNode root, string sourcePath, string sourceHash, SourceMap locations)
    {
        var block = BlockReader.Known(root, string.Empty, root.Location, RootKeys, problems);

        string? name = Name(block.Required("name"));
        long? seed = Optional(block, "seed", DefaultSeed, "a 64-bit integer", long.MinValue, long.MaxValue);
        long? replicates = Optional(block, "replicates", DefaultReplicates, $"an integer from 1 to {ScenarioLimits.MaxReplicates}", 1, ScenarioLimits.MaxReplicates);
        long? maxSteps = Optional(block, "max-steps", DefaultMaxSteps, $"an integer from 1 to {ScenarioLimits.MaxSteps}", 1, ScenarioLimits.MaxSteps);

        var networkValidator = new NetworkValidator(problems, _values, baseDirectory, registries.Generators);
        var network = networkValidator.Validate(Block(block, "network", registries.Generators.Keys));
        var modelValidator = new ModelValidator(problems, _values, registries.Models);
        var model = modelValidator.Validate(Block(block, "model", modelValidator.AllKeys), PopulationValidator.TraitsGivenToEveryone(block), networkValidator.Generator);
        var compareNode = block.Value(CompareSeedingKey);
        var compared = compareNode is null ? null : CompareSeeding(compareNode);
        var seeding = compareNode is not null && compared is null
            ? null
            : new SeedingValidator(problems, _values, registries.Strategies).Validate(Block(block, "seeding", SeedingValidator.KeysOf(registries.Strategies), required: false), networkValidator.Generator, networkValidator.Nodes, compared, compareNode?.Location ?? default);

        var populationValidator = new PopulationValidator(problems, _values);
        var population = populationValidator.Validate(Block(block, PopulationValidator.Key, PopulationValidator.Keys, required: false));
        var campaignValidator = new CampaignValidator(problems, _values, populationValidator.SegmentNames);
        var campaigns = campaignValidator.Validate(block.Value(CampaignValidator.Key));
        var brand = new BrandValidator(problems, _values, populationValidator.SegmentNames).Validate(Block(block, BrandValidator.Key, BrandValidator.Keys, required: false));
        var outputs = new OutputsValidator(problems, _values);
        var events = outputs.Validate(block);
        var engine = new EngineValidator(problems, _values).Validate(Block(block, EngineValidator.Key, EngineValidator.Keys, required: false), networkValidator.Nodes);

        if (problems.Count > 0 || name is null || seed is null || replicates is null || maxSteps is null || network is null || model is null || seeding is null
            || population is null || campaigns is null || brand is null || events is null || engine is null)
        {
            return null;
        }

        var market = new MarketSettings(population, campaigns, brand);
        var resolved = ResolvedJson.Build(registries, name, seed.Value, (int)replicates.Value, (int)maxSteps.Value, network, (networkValidator.PathAsGiven, networkValidator.NodeFileAsGiven), model, seeding, compared);
        MarketJson.Add(resolved, market, events, outputs.RecordNodes, [.. root.Entries.Select(e => e.Key.Value)]);
        if (block.Entry(EngineValidator.Key) is not null)
        {
            resolved[EngineValidator.Key] = EngineValidator.ToJson(engine);
        }

        return new Scenario(name, seed.Value, (int)replicates.Value, (int)maxSteps.Value, network, model, seeding)
        {
            SourcePath = sourcePath,
            SourceHash = sourceHash,
            Resolved = resolved,
            Locations = locations,
            Registries = registries,
            CompareSeeding = compared,
            Market = market,
            Events = events,
            RecordNodes = outputs.RecordNodes,
            Engine = engine,
            Warnings = [.. MarketWarnings.Find(model, market, populationValidator.TraitUses, campaignValidator.Negative, network.IsFile)
                .Concat(ModelWarnings.Find(registries.Strategies, model, seeding, compared, market, populationValidator.TraitUses, (int)maxSteps.Value, locations))
                .OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Line).ThenBy(w => w.Column)],
        };
    }

    private List<string>? CompareSeeding(ScenarioNode node)
    {
        var sized = registries.Strategies.Sized;
        string expected = $"a list of two or more distinct strategies that include {StrategyNames.Random} (the baseline), each one of {string.Join(", ", sized)}";
        if (node is not SequenceNode { Items.Count: >= 2 } list)
        {
            _values.Report(node, CompareSeedingKey, expected);
            return null;
        }

        var strategies = new List<string>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            string? strategy = _values.Choice(list.Items[i], $"{CompareSeedingKey}[{i}]", sized);
            if (strategy is not null && strategies.Contains(strategy))
            {
                problems.Add(list.Items[i].Location, $"'{CompareSeedingKey}[{i}]' repeats strategy {strategy}");
            }
            else if (strategy is not null)
            {
                strategies.Add(strategy);
            }
        }

        if (strategies.Count == list.Items.Count && !strategies.Contains(StrategyNames.Random))
        {
            _values.Report(node, CompareSeedingKey, expected);
            return null;
        }

        return strategies.Count == list.Items.Count ? strategies : null;
    }

    private string? Name(ScenarioNode? node) => node is null ? null : NameRule.Read(_values, node, "name");

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
}
