using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Whom a broadcast reaches at a step of a replicate (docs/models.md "Campaigns"): among the
/// eligible nodes (everyone, a segment's members in the replicate, or the top-degree share), each
/// with <c>draw(REACH, r, t, node, campaign) &lt; reach</c>, or the <c>count</c> with the
/// smallest such draws, ties by lower id. Nodes come out in ascending id order.
/// </summary>
internal sealed class AudiencePlanner(Network network, PopulationTraits traits, NodeAttributeValues attributes, Draws draws)
{
    private readonly Dictionary<double, int[]> _topDegree = [];
    private readonly Dictionary<(int Segment, int Replicate), int[]> _segmentMembers = [];

    /// <summary>Adds to <paramref name="reached"/> the nodes <paramref name="audience"/> reaches as broadcast number <paramref name="campaign"/>.</summary>
    public void Reached(AudienceSettings audience, int campaign, int replicate, int step, List<int> reached)
    {
        var eligible = Eligible(audience.Eligible, replicate);
        if (audience.Reach is { } reach)
        {
            foreach (int node in eligible)
            {
                if (reach >= 1 || draws.Draw(DrawPurpose.Reach, replicate, step, node, campaign) < reach)
                {
                    reached.Add(node);
                }
            }

            return;
        }

        int count = Math.Min(audience.Count ?? 0, eligible.Count);
        reached.AddRange(SmallestDraws.Of(eligible, count, node => draws.Draw(DrawPurpose.Reach, replicate, step, node, campaign)));
    }

    private IReadOnlyList<int> Eligible(Eligibility eligible, int replicate) => eligible.Kind switch
    {
        EligibleKind.Segment => SegmentMembers(eligible.Segment, replicate),
        EligibleKind.TopDegree => TopDegree(eligible.Share),
        _ => new NodeRange(network.NodeCount),
    };

    private int[] TopDegree(double share)
    {
        if (!_topDegree.TryGetValue(share, out var nodes))
        {
            nodes = SeedSelection.TopDegree(network, SeedSelection.SeedCount(null, share, network.NodeCount));
            _topDegree[share] = nodes;
        }

        return nodes;
    }

    /// <summary>A segment's members in a replicate, drawn once per replicate (membership does not change between steps).</summary>
    private int[] SegmentMembers(int segment, int replicate)
    {
        if (!_segmentMembers.TryGetValue((segment, replicate), out var members))
        {
            members = [.. Enumerable.Range(0, network.NodeCount).Where(node => traits.SegmentOf(replicate, node, FixedOf(node)) == segment)];
            _segmentMembers[(segment, replicate)] = members;
        }

        return members;
    }

    private NodeFixedValues FixedOf(int node) => new(null, attributes.Segments?[node] ?? -1);
}
