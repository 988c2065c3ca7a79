using InfluenceSim.Models.Market;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>brand:</c> block: the stance, and the share, audience and persuasion that stance takes.</summary>
internal sealed class BrandValidator(ProblemList problems, ValueChecker values, IReadOnlyList<string> segments)
{
    /// <summary>The block's key in a scenario.</summary>
    public const string Key = "brand";

    private const string StanceKey = "stance";
    private const string ShareKey = "share";
    private const string AudienceKey = "audience";
    private const string PersuasionKey = "persuasion";
    private const string Neutral = "neutral";
    private const string Relay = "relay";
    private const string Suppress = "suppress";

    /// <summary>Every key of <c>brand:</c>, for any stance.</summary>
    public static readonly string[] Keys = [StanceKey, ShareKey, AudienceKey, PersuasionKey];

    private static readonly string[] Stances = [Neutral, Relay, Suppress];

    /// <summary>The brand (neutral when the block is absent), or null when a problem was found.</summary>
    public BrandSettings? Validate(BlockReader? block)
    {
        if (block is null)
        {
            return BrandSettings.Neutral;
        }

        block.RejectUnknown();
        var stanceNode = block.Value(StanceKey);
        string? stance = stanceNode is null ? Neutral : values.Choice(stanceNode, block.PathOf(StanceKey), Stances);
        if (stance is null)
        {
            return null;
        }

        int before = problems.Count;
        string[] relayOnly = stance == Relay ? [] : [AudienceKey, PersuasionKey];
        foreach (string key in relayOnly)
        {
            block.NotUsed(key, $"'{block.PathOf(key)}' is used only by stance {Relay}");
        }

        if (stance == Neutral)
        {
            block.NotUsed(ShareKey, $"'{block.PathOf(ShareKey)}' is not used by stance {Neutral}");
            return problems.Count == before ? BrandSettings.Neutral : null;
        }

        var shareNode = block.Required(ShareKey, $" (stance {stance})");
        double? share = shareNode is null ? null : values.Fraction(shareNode, block.PathOf(ShareKey));
        var audience = stance == Relay ? Audience(block) : AudienceSettings.All;
        var persuasionNode = stance == Relay ? block.Value(PersuasionKey) : null;
        double? persuasion = persuasionNode is null ? 1 : values.Fraction(persuasionNode, block.PathOf(PersuasionKey));
        if (problems.Count != before || share is null || audience is null || persuasion is null)
        {
            return null;
        }

        return new BrandSettings(stance == Relay ? BrandStance.Relay : BrandStance.Suppress, share.Value, audience, persuasion.Value);
    }

    private AudienceSettings? Audience(BlockReader block)
    {
        var entry = block.Entry(AudienceKey);
        if (entry is null)
        {
            return AudienceSettings.All;
        }

        if (entry.Value is not Syntax.MappingNode mapping)
        {
            values.Report(entry.Value, block.PathOf(AudienceKey), "a mapping with reach or count, and eligible");
            return null;
        }

        var audience = BlockReader.Known(mapping, block.PathOf(AudienceKey), entry.Key.Location, AudienceReader.Keys, problems);
        return new AudienceReader(problems, values, segments).Read(audience, 1);
    }
}
