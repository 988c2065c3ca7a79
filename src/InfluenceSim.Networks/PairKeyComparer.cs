namespace InfluenceSim.Networks;

/// <summary>
/// Hashes a pair of node ids packed in a long (high half, low half). long.GetHashCode XORs the two
/// halves, so ties between nearby ids (a ring lattice, labels numbered in file order) would all
/// collide; this comparer mixes both halves instead.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => HashCode.Combine((int)(obj >> 32), (int)obj);
}
