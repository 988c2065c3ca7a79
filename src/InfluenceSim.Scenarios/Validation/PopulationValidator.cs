using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>population:</c> block: <c>traits</c> for everyone and the named <c>segments</c> with their shares and traits.</summary>
internal sealed class PopulationValidator(ProblemList problems, ValueChecker values)
{
    /// <summary>The block's key in a scenario.</summary>
    public const string Key = "population";

    private const string TraitsKey = "traits";
    private const string SegmentsKey = "segments";
    private const string NameKey = "name";
    private const string ShareKey = "share";

    /// <summary>Shares may exceed 1 by this much (rounding of decimal fractions such as 0.1 + 0.2 + 0.7).</summary>
    private const double ShareTolerance = 1e-9;

    /// <summary>The keys of <c>population:</c>.</summary>
    public static readonly string[] Keys = [TraitsKey, SegmentsKey];

    private static readonly string[] SegmentKeys = [NameKey, ShareKey, .. TraitReader.Names];

    private readonly TraitReader _traits = new(problems, values);

    /// <summary>
    /// The traits that <c>population.traits</c> gives to every node, read from the tree before the
    /// block is validated (so the model may leave out a parameter they stand for, such as threshold).
    /// </summary>
    public static IReadOnlySet<string> TraitsGivenToEveryone(BlockReader root) =>
        root.Value(Key) is MappingNode { } population && population.Find(TraitsKey)?.Value is MappingNode traits
            ? traits.Entries.Select(e => e.Key.Value).Where(name => TraitNames.Find(name) is not null).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every trait given, with its place (for the warnings).</summary>
    public IReadOnlyList<TraitUse> TraitUses => _traits.Uses;

    /// <summary>The names of the segments read (also when the block has problems), for <c>eligible: { segment: NAME }</c>.</summary>
    public List<string> SegmentNames { get; } = [];

    /// <summary>The population (the default when the block is absent), or null when a problem was found.</summary>
    public PopulationSettings? Validate(BlockReader? block)
    {
        if (block is null)
        {
            return PopulationSettings.Default;
        }

        int before = problems.Count;
        block.RejectUnknown();
        var traits = Traits(block);
        var segments = Segments(block);
        return problems.Count == before ? new PopulationSettings(traits, segments) : null;
    }

    private Dictionary<Trait, Models.Distributions.Distribution> Traits(BlockReader block)
    {
        var node = block.Value(TraitsKey);
        string path = block.PathOf(TraitsKey);
        if (node is null)
        {
            return [];
        }

        if (node is not MappingNode mapping)
        {
            values.Report(node, path, $"a mapping of traits ({string.Join(", ", TraitReader.Names)}) to values");
            return [];
        }

        foreach (var entry in mapping.Entries.Where(e => TraitNames.Find(e.Key.Value) is null))
        {
            problems.Add(entry.Key.Location, $"unknown trait '{entry.Key.Value}' in '{path}'{KeySuggestions.Hint(entry.Key.Value, TraitReader.Names)}");
        }

        return _traits.Read(mapping.Entries, path);
    }

    private List<Segment> Segments(BlockReader block)
    {
        var entry = block.Entry(SegmentsKey);
        string path = block.PathOf(SegmentsKey);
        if (entry is null)
        {
            return [];
        }

        if (entry.Value is not SequenceNode list)
        {
            values.Report(entry.Value, path, "a list of segments, each a mapping with name, share and trait values");
            return [];
        }

        var segments = new List<Segment>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            if (Segment(list.Items[i], $"{path}[{i}]") is { } segment)
            {
                segments.Add(segment);
            }
        }

        double total = segments.Sum(s => s.Share);
        if (segments.Count == list.Items.Count && total > 1 + ShareTolerance)
        {
            problems.Add(entry.Key.Location, $"the shares of '{path}' must sum to at most 1, found {ValueChecker.Format(total)}");
        }

        return segments;
    }

    private Segment? Segment(ScenarioNode item, string path)
    {
        if (item is not MappingNode mapping)
        {
            values.Report(item, path, "a mapping with name, share and trait values");
            return null;
        }

        var segment = BlockReader.Known(mapping, path, item.Location, SegmentKeys, problems);
        string? name = Name(segment);
        var shareNode = segment.Required(ShareKey);
        double? share = shareNode is null ? null : values.Fraction(shareNode, segment.PathOf(ShareKey));
        var traits = _traits.Read(mapping.Entries, path);
        return name is null || share is null ? null : new Segment(name, share.Value, traits);
    }

    private string? Name(BlockReader segment)
    {
        var node = segment.Required(NameKey);
        if (node is null)
        {
            return null;
        }

        string path = segment.PathOf(NameKey);
        string? name = NameRule.Read(values, node, path);
        if (name is not null && SegmentNames.Contains(name))
        {
            problems.Add(node.Location, $"'{path}' repeats segment name '{name}'; segment names must be unique");
            return null;
        }

        if (name is not null)
        {
            SegmentNames.Add(name);
        }

        return name;
    }
}
