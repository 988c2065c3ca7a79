namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The node -> sets index greedy coverage works from, built once by a counting sort of the entries:
/// the sets of two or more nodes that hold node v at offsets v .. v+1 of <see cref="Sets"/>, and the
/// sets that hold v alone counted in <see cref="Singletons"/> (such a set is met by v and nothing
/// else, so a count serves; below the epidemic threshold most sets are singletons).
/// </summary>
internal sealed class SetIndex
{
    private SetIndex(int[] offsets, int[] sets, int[] singletons)
    {
        Offsets = offsets;
        Sets = sets;
        Singletons = singletons;
    }

    public int[] Offsets { get; }

    public int[] Sets { get; }

    public int[] Singletons { get; }

    public static SetIndex Of(ReverseReachableSets sets)
    {
        var setOffsets = sets.Offsets;
        var entries = sets.Members;
        var offsets = new int[sets.NodeCount + 1];
        var singletons = new int[sets.NodeCount];
        for (int set = 0; set < sets.Count; set++)
        {
            int start = setOffsets[set];
            int end = setOffsets[set + 1];
            if (end - start == 1)
            {
                singletons[entries[start]]++;
                continue;
            }

            for (int i = start; i < end; i++)
            {
                offsets[entries[i] + 1]++;
            }
        }

        for (int node = 0; node < sets.NodeCount; node++)
        {
            offsets[node + 1] += offsets[node];
        }

        var cursor = offsets[..^1];
        var members = new int[offsets[^1]];
        for (int set = 0; set < sets.Count; set++)
        {
            int start = setOffsets[set];
            int end = setOffsets[set + 1];
            if (end - start == 1)
            {
                continue;
            }

            for (int i = start; i < end; i++)
            {
                members[cursor[entries[i]]++] = set;
            }
        }

        return new SetIndex(offsets, members, singletons);
    }

    /// <summary>Each node's count of sets it meets: what greedy starts from before any set is covered.</summary>
    public int[] Counts()
    {
        var counts = new int[Singletons.Length];
        for (int node = 0; node < counts.Length; node++)
        {
            counts[node] = Offsets[node + 1] - Offsets[node] + Singletons[node];
        }

        return counts;
    }
}
