namespace InfluenceSim.Models.Agents;

/// <summary>
/// One node's ties as its host holds them: out-ties (whom it prescribes to) and in-ties (whose
/// choices it sees), each sorted by the other end's id. Null weights mean every tie weighs 1.
/// </summary>
public sealed class NodeTies(int[] outTargets, double[]? outWeights, int[] inSources, double[]? inWeights)
{
    public ReadOnlySpan<int> OutTargets => outTargets;

    public ReadOnlySpan<int> InSources => inSources;

    public int OutDegree => outTargets.Length;

    public int InDegree => inSources.Length;

    /// <summary>Whether every in-tie weighs 1.</summary>
    public bool InTiesUnweighted => inWeights is null;

    /// <summary>The weight of in-tie number <paramref name="index"/> (in <see cref="InSources"/> order).</summary>
    public double InWeight(int index) => inWeights?[index] ?? 1.0;

    /// <summary>The weight of out-tie number <paramref name="index"/> (in <see cref="OutTargets"/> order).</summary>
    public double OutWeight(int index) => outWeights?[index] ?? 1.0;
}
