using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Reads an audience (<c>reach</c> or <c>count</c>, and <c>eligible</c>) from a campaign or <c>brand.audience</c>.</summary>
internal sealed class AudienceReader(ProblemList problems, ValueChecker values, IReadOnlyList<string> segments)
{
    public const string ReachKey = "reach";
    public const string CountKey = "count";
    public const string EligibleKey = "eligible";

    private const string Everyone = "everyone";
    private const string SegmentKey = "segment";
    private const string TopDegreeKey = "top-degree";

    /// <summary>The keys of an audience.</summary>
    public static readonly string[] Keys = [ReachKey, CountKey, EligibleKey];

    private static readonly string[] EligibleKeys = [SegmentKey, TopDegreeKey];

    /// <summary>The audience, or null (reported). Without <c>reach</c> and <c>count</c> it is <paramref name="fallbackReach"/>, or missing when that is null.</summary>
    public AudienceSettings? Read(BlockReader block, double? fallbackReach)
    {
        int before = problems.Count;
        var reachNode = block.Value(ReachKey);
        var countNode = block.Value(CountKey);
        if (reachNode is null && countNode is null && fallbackReach is null)
        {
            block.MissingAll([ReachKey, CountKey]);
        }
        else if (reachNode is not null && countNode is not null)
        {
            block.NotBoth(ReachKey, CountKey);
        }

        double? reach = reachNode is null ? null : values.Fraction(reachNode, block.PathOf(ReachKey));
        long? count = countNode is null ? null : values.Integer(countNode, block.PathOf(CountKey), $"an integer from 0 to {int.MaxValue}", c => c is >= 0 and <= int.MaxValue);
        var eligibleNode = block.Value(EligibleKey);
        var eligible = eligibleNode is null ? Eligibility.Everyone : Eligible(eligibleNode, block.PathOf(EligibleKey));
        if (problems.Count != before || eligible is null)
        {
            return null;
        }

        if (count is { } k)
        {
            return new AudienceSettings(null, (int)k, eligible);
        }

        return (reach ?? fallbackReach) is { } share ? new AudienceSettings(share, null, eligible) : null;
    }

    private Eligibility? Eligible(ScenarioNode node, string path)
    {
        string expected = $"{Everyone}, {{ {SegmentKey}: NAME }} or {{ {TopDegreeKey}: SHARE }}";
        if (node is ScalarNode { Value: Everyone })
        {
            return Eligibility.Everyone;
        }

        if (node is not MappingNode { Entries.Count: 1 } mapping)
        {
            values.Report(node, path, expected);
            return null;
        }

        var (key, value) = (mapping.Entries[0].Key, mapping.Entries[0].Value);
        string valuePath = $"{path}.{key.Value}";
        switch (key.Value)
        {
            case SegmentKey:
                return Segment(value, valuePath);
            case TopDegreeKey:
                double? share = values.Number(value, valuePath, "a number greater than 0 and at most 1", s => s is > 0 and <= 1);
                return share is null ? null : new Eligibility(EligibleKind.TopDegree, Share: share.Value);
            default:
                problems.Add(key.Location, $"unknown key '{key.Value}' in '{path}'{KeySuggestions.Hint(key.Value, EligibleKeys)}");
                return null;
        }
    }

    private Eligibility? Segment(ScenarioNode node, string path)
    {
        string declared = segments.Count == 0 ? "which declares none" : string.Join(", ", segments);
        string? name = values.Text(node, path, $"the name of a segment of population.segments ({declared})");
        if (name is null)
        {
            return null;
        }

        int index = segments.ToList().IndexOf(name);
        if (index < 0)
        {
            string? nearest = KeySuggestions.Nearest(name, segments);
            string hint = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
            problems.Add(node.Location, $"'{path}' must name a segment of population.segments ({declared}), found '{name}'{hint}");
            return null;
        }

        return new Eligibility(EligibleKind.Segment, Segment: index);
    }
}
