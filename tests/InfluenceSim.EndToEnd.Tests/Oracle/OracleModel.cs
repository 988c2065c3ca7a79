using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A v1 model's rule for one step t &gt;= 1 of one replicate.</summary>
public abstract record OracleModel
{
    /// <summary>
    /// The nodes that adopt at <paramref name="step"/>, ascending, decided from the state at the end of
    /// step - 1: <paramref name="adoptedAt"/> holds each node's adoption step (-1: not adopted) and
    /// <paramref name="lastAdopters"/> the adopters of step - 1.
    /// </summary>
    public abstract List<int> NewAdopters(Network network, OracleDraws draws, int replicate, int step, int[] adoptedAt, List<int> lastAdopters);

    /// <summary>How many steps an adopter prescribes for, from its adoption step.</summary>
    public virtual int PrescribingSteps => 1;

    /// <summary>The nodes that prescribe (expose their out-neighbours) at <paramref name="step"/>, ascending: those that adopted in the last <see cref="PrescribingSteps"/> steps up to it.</summary>
    public List<int> PrescribersAt(int[] adoptedAt, int step)
    {
        var prescribers = new List<int>();
        for (int v = 0; v < adoptedAt.Length; v++)
        {
            if (adoptedAt[v] >= 0 && adoptedAt[v] <= step && step < adoptedAt[v] + PrescribingSteps)
            {
                prescribers.Add(v);
            }
        }

        return prescribers;
    }

    /// <summary>
    /// Whom <paramref name="node"/>'s adoption at <paramref name="step"/> is credited to: the lowest-id
    /// adopter of step - 1 among its in-neighbours whose exposure could have converted it (for a
    /// cascade, only those whose coin succeeded), or -1 when there is none.
    /// </summary>
    public int CreditOf(Network network, OracleDraws draws, int replicate, int step, int node, List<int> lastAdopters)
    {
        foreach (int u in lastAdopters.Order())
        {
            if (network.OutNeighbours(u).Contains(node) && Converts(draws, replicate, step, u, node))
            {
                return u;
            }
        }

        return -1;
    }

    /// <summary>Whether u's exposure of v at <paramref name="step"/> counts toward v's adoption.</summary>
    protected virtual bool Converts(OracleDraws draws, int replicate, int step, int u, int v) => true;
}
