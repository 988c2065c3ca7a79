using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>Whom a broadcast of campaign number c reaches at step t of replicate r, ascending.</summary>
public static class OracleAudience
{
    public static List<int> Reached(OracleState state, AudienceSettings audience, int number, int step)
    {
        var eligible = Eligible(state, audience.Eligible);
        double Draw(int v) => state.Draws.Draw(OracleDraws.Reach, state.Replicate, step, v, number);
        if (audience.Count is { } count)
        {
            return [.. eligible.Select(v => (Draw: Draw(v), Node: v)).Order().Take(count).Select(pair => pair.Node).Order()];
        }

        return [.. eligible.Where(v => Draw(v) < audience.Reach!.Value)];
    }

    private static IEnumerable<int> Eligible(OracleState state, Eligibility eligible)
    {
        var network = state.Network;
        var everyone = Enumerable.Range(0, network.NodeCount);
        return eligible.Kind switch
        {
            EligibleKind.Segment => everyone.Where(v => state.Traits.Segment(v) == eligible.Segment),
            EligibleKind.TopDegree => everyone
                .Select(v => (Minus: -network.OutNeighbours(v).Length, Node: v))
                .Order()
                .Take(OracleCounts.Of(eligible.Share, network.NodeCount))
                .Select(pair => pair.Node)
                .Order(),
            _ => everyone,
        };
    }
}
