using System.Globalization;

namespace InfluenceSim.Seeding.Influence;

/// <summary>IMM's seeds with what it sampled: the sets of each phase and the lower bound of the optimum they rest on.</summary>
/// <param name="Seeds">The seeds, in the order chosen.</param>
/// <param name="Bound">The sample-size bound (n, k, epsilon, l).</param>
/// <param name="LowerBound">The lower bound LB of the optimal spread the first phase found (1 when no round passed).</param>
/// <param name="Sets">The reverse-reachable sets of the final phase, ceil(lambda* / LB).</param>
/// <param name="Entries">Node entries those sets held.</param>
/// <param name="Budgeted">Whether the seeds were bought with a budget (cost-effective coverage).</param>
public sealed record ImmSelection(int[] Seeds, ImmBound Bound, double LowerBound, int Sets, long Entries, bool Budgeted = false)
{
    /// <summary>The line the run prints: the sets sampled and the guarantee they carry.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"imm: {Sets:#,##0} reverse-reachable sets ({Entries:#,##0} node entries; lower bound of the optimal spread {LowerBound:0.#}) for {Bound.Seeds} seeds on {Bound.Nodes:#,##0} nodes: with probability at least 1 - n^-{Bound.L} the seeds' expected spread is at least {Ratio:0.###} ({Formula}) of the optimum{(Budgeted ? " within the budget" : string.Empty)}");

    /// <summary>The guaranteed ratio: 1 - 1/e - epsilon, or (1 - 1/e) / 2 - epsilon for cost-effective selection under a budget.</summary>
    public double Ratio => Budgeted ? ((1 - (1 / Math.E)) / 2) - Bound.Epsilon : Bound.Ratio;

    private string Formula => Budgeted ? $"(1 - 1/e) / 2 - {Bound.Epsilon}" : $"1 - 1/e - {Bound.Epsilon}";
}
