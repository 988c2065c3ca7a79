using System.Collections.Concurrent;

namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>
/// The calls the silos of <see cref="ObservedThreeSiloCluster"/> received (its silos run in this
/// process, so they share this log; no other cluster records into it).
/// </summary>
public static class CallLog
{
    private static readonly ConcurrentQueue<GrainCall> Calls = new();

    public static void Add(GrainCall call) => Calls.Enqueue(call);

    public static void Clear() => Calls.Clear();

    /// <summary>The calls so far whose first argument is a <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<(GrainCall Call, T Argument)> Of<T>() =>
        [.. Calls.Where(c => c.Argument is T).Select(c => (c, (T)c.Argument!))];
}
