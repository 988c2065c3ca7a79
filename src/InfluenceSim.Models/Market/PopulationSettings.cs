using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Models.Market;

/// <summary>
/// The <c>population:</c> block: trait values for everyone (numbers or distributions) and named
/// segments that override them for their members. Traits not given keep their defaults (1, and the
/// model's own threshold).
/// </summary>
public sealed record PopulationSettings(IReadOnlyDictionary<Trait, Distribution> Traits, IReadOnlyList<Segment> Segments)
{
    /// <summary>No traits set and no segments: every node has the default traits.</summary>
    public static PopulationSettings Default { get; } = new(new Dictionary<Trait, Distribution>(), []);

    /// <summary>The index of the segment called <paramref name="name"/>, or -1.</summary>
    public int SegmentIndex(string name)
    {
        for (int i = 0; i < Segments.Count; i++)
        {
            if (Segments[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
