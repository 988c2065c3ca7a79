using System.Collections;

namespace InfluenceSim.Engine.Running;

/// <summary>The node ids 0 .. count-1 as a list, without storing them.</summary>
internal sealed class NodeRange(int count) : IReadOnlyList<int>
{
    public int Count => count;

    public int this[int index] => (uint)index < (uint)count ? index : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator()
    {
        for (int node = 0; node < count; node++)
        {
            yield return node;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
