namespace InfluenceSim.Models.Market;

/// <summary>The scenario and network-file names of the traits, and the draw keys that are not traits of their own.</summary>
public static class TraitNames
{
    /// <summary>The b key of the draw that decides whether an adopter is satisfied: dissatisfied when <c>draw(TRAIT, r, 0, node, 5) &gt;= satisfaction</c>.</summary>
    public const int SatisfactionCoin = 5;

    /// <summary>The b key of the draw that places a node in a segment.</summary>
    public const int SegmentDraw = 6;

    /// <summary>The node attribute (GraphML data key or node-file column) that names a node's segment.</summary>
    public const string SegmentAttribute = "segment";

    /// <summary>Every trait with its name, in trait-number order.</summary>
    public static IReadOnlyList<(Trait Trait, string Name)> All { get; } =
    [
        (Trait.Threshold, "threshold"),
        (Trait.BroadcastSusceptibility, "broadcast-susceptibility"),
        (Trait.PrescriptionPropensity, "prescription-propensity"),
        (Trait.Credibility, "credibility"),
        (Trait.Satisfaction, "satisfaction"),
    ];

    /// <summary>The name of <paramref name="trait"/>.</summary>
    public static string Name(Trait trait) => All[(int)trait].Name;

    /// <summary>The trait called <paramref name="name"/>, or null.</summary>
    public static Trait? Find(string name)
    {
        foreach (var (trait, traitName) in All)
        {
            if (traitName == name)
            {
                return trait;
            }
        }

        return null;
    }
}
