using InfluenceSim.Analysis;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>The paired t test against Student's sleep data as R publishes it, and its edge cases by hand.</summary>
public sealed class PairedTTestTests
{
    // R's datasets::sleep (Cushny and Peebles 1905, Student 1908): extra hours of sleep of the same ten patients
    // under two drugs, so a paired design; the differences group 2 - group 1, patient by patient.
    private static readonly double[] SleepDifferences = [1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4];

    [Fact]
    public void The_sleep_data_give_R_s_paired_t_test()
    {
        // R: t.test(extra ~ group, data = sleep, paired = TRUE) prints t = -4.0621, df = 9, p-value = 0.002833,
        // 95 percent confidence interval -2.4598858 -0.7001142, mean difference -1.58 (group 1 - group 2).
        var result = PairedTTest.Compare(SleepDifferences);

        Assert.Equal(1.58, result.Difference, 12);
        Assert.Equal(10, result.Pairs);
        Assert.Equal(0.002833, result.PValue!.Value, 6);
        Assert.Equal(0.7001142, result.Ci95!.Low, 7);
        Assert.Equal(2.4598858, result.Ci95.High, 7);
    }

    [Fact]
    public void One_pair_has_no_interval_and_no_p_value()
    {
        Assert.Equal(new PairedTResult(2, null, null, 1), PairedTTest.Compare([2]));
    }

    [Fact]
    public void Equal_differences_have_p_1_at_0_and_p_0_elsewhere()
    {
        Assert.Equal(new PairedTResult(0, new(0, 0), 1, 3), PairedTTest.Compare([0, 0, 0]));
        Assert.Equal(new PairedTResult(10, new(10, 10), 0, 4), PairedTTest.Compare([10, 10, 10, 10]));
    }
}
