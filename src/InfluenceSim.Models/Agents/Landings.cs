using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Which prescriptions of one prescriber land: tie <c>v</c> is reached when <c>Draws.DrawAfter(prefix, v)</c>
/// is below the prescriber's threshold. On a processor with 512-bit vectors (AVX-512 DQ) eight ties are
/// drawn at once: the same SplitMix64 mix, the same conversion to a double and the same comparison, lane
/// by lane, so the targets and their order are those of the one-tie-at-a-time loop that finishes the row.
/// </summary>
internal static class Landings
{
    /// <summary>Adds to <paramref name="mail"/>, in tie order, every target of <paramref name="targets"/> whose draw after <paramref name="prefix"/> is below <paramref name="threshold"/>, as a letter of <paramref name="kind"/>; answers how many.</summary>
    public static int Add(ulong prefix, ReadOnlySpan<int> targets, double threshold, int kind, List<(int Target, int Kind)> mail)
    {
        int landed = 0;
        int tie = 0;
        if (Draws.EightAtOnce)
        {
            ref int first = ref MemoryMarshal.GetReference(targets);
            var limit = Vector512.Create(threshold);
            for (; tie + Vector512<long>.Count <= targets.Length; tie += Vector512<long>.Count)
            {
                var keys = Avx512F.ConvertToVector512Int64(Vector256.LoadUnsafe(ref first, (nuint)tie)).AsUInt64();
                for (ulong hits = Vector512.LessThan(Draws.DrawsAfter(prefix, keys), limit).ExtractMostSignificantBits(); hits != 0; hits &= hits - 1)
                {
                    mail.Add((targets[tie + BitOperations.TrailingZeroCount(hits)], kind));
                    landed++;
                }
            }
        }

        for (; tie < targets.Length; tie++)
        {
            if (Draws.DrawAfter(prefix, targets[tie]) < threshold)
            {
                mail.Add((targets[tie], kind));
                landed++;
            }
        }

        return landed;
    }
}
