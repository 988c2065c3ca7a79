namespace InfluenceSim.Models.Agents;

/// <summary>
/// Publishes an array a block makes at its first use (rejections, dissatisfaction, raised thresholds,
/// acceptances, in-tie bits, prescription keys), so that threads running disjoint nodes of one block
/// at once all write into the same array: two threads finding the field empty at once must not each
/// keep their own (one's writes would be lost).
/// </summary>
internal static class FirstUse
{
    /// <summary>Stores <paramref name="made"/> in <paramref name="field"/> unless another thread stored one there first; answers the one stored.</summary>
    public static T Publish<T>(ref T? field, T made)
        where T : class => Interlocked.CompareExchange(ref field, made, null) ?? made;
}
