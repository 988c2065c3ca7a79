namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// One replicate's counts: <c>Tallies[t * StepTally.Width + column]</c> for every step t that ran
/// (the last may be the quiet step that ended the replicate); the greatest adoption depth; and the
/// cascade grown from each seed through credited adoptions: entry i is seed
/// <c>CascadeRoots[i]</c> (ascending), its size (the seed included) and its depth.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.replicate-outcome")]
public sealed record ReplicateOutcome(
    [property: Id(0)] int Replicate,
    [property: Id(1)] long[] Tallies,
    [property: Id(2)] int MaxDepth,
    [property: Id(3)] int[] CascadeRoots,
    [property: Id(4)] long[] CascadeSizes,
    [property: Id(5)] int[] CascadeDepths)
{
    /// <summary>How many steps ran.</summary>
    public int Steps => Tallies.Length / StepTally.Width;

    /// <summary>The count in <paramref name="column"/> at step <paramref name="step"/>.</summary>
    public long At(int step, int column) => Tallies[(step * StepTally.Width) + column];
}
