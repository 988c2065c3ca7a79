using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Independent cascade (Kempe, Kleinberg and Tardos 2003) as SPEC states it: the prescriber draws
/// each coin <c>draw(PRESCRIBE, r, t-1, u, v) &lt; p</c>, so only successful prescriptions travel;
/// a receiver adopts on any of them, credited to the lowest prescriber id. An adopter prescribes at
/// its adoption step and the <c>prescribing-steps</c> - 1 steps after it, a new coin each time.
/// </summary>
public sealed class IndependentCascadeAgent(int node, NodeTies ties, Draws draws, int replicates, double probability, int prescribingSteps = 1)
    : NodeAgent(node, ties, draws, replicates)
{
    public override int PrescribingSteps => prescribingSteps;

    public override void Prescribe(int replicate, int step, List<int> targets)
    {
        foreach (int target in Ties.OutTargets)
        {
            if (Draws.Draw(DrawPurpose.Prescribe, replicate, step, Node, target) < probability)
            {
                targets.Add(target);
            }
        }
    }

    protected override bool Decide(int replicate, int step, ReadOnlySpan<int> senders, out int credit)
    {
        credit = senders.IsEmpty ? NoPrescriber : senders[0];
        return !senders.IsEmpty;
    }
}
