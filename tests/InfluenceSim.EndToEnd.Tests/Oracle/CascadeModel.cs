using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>independent-cascade</c>: each prescriber u at step t-1 (an adopter of one of the last
/// <see cref="Steps"/> steps) prescribes to each out-neighbour v; v, not yet adopted, adopts at t
/// when <c>draw(PRESCRIBE, r, t-1, u, v) &lt; p</c>.
/// </summary>
public sealed record CascadeModel(double Probability, int Steps = 1) : OracleModel
{
    public override int PrescribingSteps => Steps;

    public override List<int> NewAdopters(Network network, OracleDraws draws, int replicate, int step, int[] adoptedAt, List<int> lastAdopters)
    {
        var adopting = new SortedSet<int>();
        foreach (int u in lastAdopters)
        {
            foreach (int v in network.OutNeighbours(u))
            {
                if (adoptedAt[v] < 0 && draws.Draw(OracleDraws.Prescribe, replicate, step - 1, u, v) < Probability)
                {
                    adopting.Add(v);
                }
            }
        }

        return [.. adopting];
    }

    protected override bool Converts(OracleDraws draws, int replicate, int step, int u, int v) =>
        draws.Draw(OracleDraws.Prescribe, replicate, step - 1, u, v) < Probability;
}
