using System.Globalization;
using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>campaigns:</c> list: each campaign's name, steps, audience, valence and persuasion (defaults filled in).</summary>
internal sealed class CampaignValidator(ProblemList problems, ValueChecker values, IReadOnlyList<string> segments)
{
    /// <summary>The list's key in a scenario.</summary>
    public const string Key = "campaigns";

    private const string NameKey = "name";
    private const string AtKey = "at";
    private const string UntilKey = "until";
    private const string ValenceKey = "valence";
    private const string PersuasionKey = "persuasion";

    private static readonly string[] Keys = [NameKey, AtKey, UntilKey, .. AudienceReader.Keys, ValenceKey, PersuasionKey];
    private static readonly string[] Valences = [EventNames.Of(Valence.Positive), EventNames.Of(Valence.Negative)];

    private readonly AudienceReader _audience = new(problems, values, segments);

    /// <summary>Where each <c>valence: negative</c> stands, with its path (for the warnings).</summary>
    public List<(string Path, NodeLocation At)> Negative { get; } = [];

    /// <summary>The campaigns (none when the key is absent), or null when a problem was found.</summary>
    public IReadOnlyList<CampaignSettings>? Validate(ScenarioNode? node)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not SequenceNode list)
        {
            values.Report(node, Key, "a list of campaigns, each a mapping with at and reach or count");
            return null;
        }

        int before = problems.Count;
        var campaigns = new List<CampaignSettings>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Items.Count; i++)
        {
            if (Campaign(list.Items[i], i, names) is { } campaign)
            {
                campaigns.Add(campaign);
            }
        }

        return problems.Count == before ? campaigns : null;
    }

    private CampaignSettings? Campaign(ScenarioNode item, int index, HashSet<string> names)
    {
        string path = $"{Key}[{index}]";
        if (item is not MappingNode mapping)
        {
            values.Report(item, path, "a mapping with at and reach or count");
            return null;
        }

        var block = BlockReader.Known(mapping, path, item.Location, Keys, problems);
        string? name = Name(block, index, names);
        var atNode = block.Required(AtKey);
        long? at = atNode is null ? null : values.Integer(atNode, block.PathOf(AtKey), $"an integer from 1 to {ScenarioLimits.MaxSteps}", a => a is >= 1 and <= ScenarioLimits.MaxSteps);
        var untilNode = block.Value(UntilKey);
        long? until = untilNode is null || at is null
            ? at
            : values.Integer(untilNode, block.PathOf(UntilKey), $"an integer from {at} to {ScenarioLimits.MaxSteps} (at most max-steps matter)", u => u >= at && u <= ScenarioLimits.MaxSteps);
        var audience = _audience.Read(block, null);
        var valence = ReadValence(block);
        var persuasionNode = block.Value(PersuasionKey);
        double? persuasion = persuasionNode is null ? 1 : values.Fraction(persuasionNode, block.PathOf(PersuasionKey));
        if (name is null || at is null || until is null || audience is null || valence is null || persuasion is null)
        {
            return null;
        }

        return new CampaignSettings(name, (int)at.Value, (int)until.Value, audience, valence.Value, persuasion.Value);
    }

    private string? Name(BlockReader block, int index, HashSet<string> names)
    {
        var node = block.Value(NameKey);
        string? name = node is null ? string.Create(CultureInfo.InvariantCulture, $"campaign-{index}") : NameRule.Read(values, node, block.PathOf(NameKey));
        if (name is not null && !names.Add(name))
        {
            problems.Add(node?.Location ?? block.Owner, $"'{block.PathOf(NameKey)}' repeats campaign name '{name}'; campaign names must be unique");
            return null;
        }

        return name;
    }

    private Valence? ReadValence(BlockReader block)
    {
        var node = block.Value(ValenceKey);
        if (node is null)
        {
            return Valence.Positive;
        }

        string? valence = values.Choice(node, block.PathOf(ValenceKey), Valences);
        if (valence == Valences[1])
        {
            Negative.Add((block.PathOf(ValenceKey), block.Entry(ValenceKey)!.Key.Location));
        }

        return valence is null ? null : valence == Valences[0] ? Valence.Positive : Valence.Negative;
    }
}
