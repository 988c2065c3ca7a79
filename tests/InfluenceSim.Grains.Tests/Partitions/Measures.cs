using InfluenceSim.Abstractions.Counting;

namespace InfluenceSim.Grains.Tests.Partitions;

/// <summary>A step's counts written by hand: every measure 0 but those named.</summary>
internal static class Measures
{
    public static long[] Counts(params (StepMeasure Measure, long Count)[] counts)
    {
        var all = new long[StepMeasures.Count];
        foreach (var (measure, count) in counts)
        {
            all[(int)measure] = count;
        }

        return all;
    }
}
