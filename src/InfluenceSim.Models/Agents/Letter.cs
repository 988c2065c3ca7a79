using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace InfluenceSim.Models.Agents;

/// <summary>One entry of a node's mail at a step: its <see cref="LetterKind"/>, the sender (a node, or a campaign number), and the root and depth of the sender's adoption.</summary>
public readonly record struct Letter(int Kind, int Sender, int Root, int Depth)
{
    /// <summary>
    /// Writes <c>new Letter(kind, sender, root, depth)</c> into <paramref name="slot"/> in one 16-byte store (the four
    /// fields in their declared order) where the JIT would make four: a mail drain scatters letters all over an array,
    /// and each store waits for its cache line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref Letter slot, int kind, int sender, int root, int depth) =>
        Unsafe.As<Letter, Vector128<int>>(ref slot) = Vector128.Create(kind, sender, root, depth);
}
