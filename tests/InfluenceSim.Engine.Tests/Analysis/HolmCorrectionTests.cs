using InfluenceSim.Analysis;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>Holm's correction on hand-worked families.</summary>
public sealed class HolmCorrectionTests
{
    [Fact]
    public void A_family_of_four_is_corrected_step_down_by_hand()
    {
        // Sorted: 0.005 · 4 = 0.02, 0.01 · 3 = 0.03, 0.03 · 2 = 0.06, 0.04 · 1 = 0.04 raised to the running
        // maximum 0.06. R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") gives 0.03 0.06 0.06 0.02.
        var adjusted = HolmCorrection.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p!.Value, 12)));
    }

    [Fact]
    public void Undefined_p_values_are_not_in_the_family_and_corrections_stop_at_1()
    {
        // The family is {0.4, 0.02}: 0.02 · 2 = 0.04, then 0.4 · 1 = 0.4; 0.6 · 2 would exceed 1.
        Assert.Equal(new double?[] { 0.4, null, 0.04 }, HolmCorrection.Adjust([0.4, null, 0.02]));
        Assert.Equal(new double?[] { 1, 1 }, HolmCorrection.Adjust([0.6, 0.7]));
    }
}
