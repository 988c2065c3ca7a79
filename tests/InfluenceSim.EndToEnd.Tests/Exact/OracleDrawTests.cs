using InfluenceSim.EndToEnd.Tests.Oracle;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>The oracle's draw function against published SplitMix64 outputs and values computed outside .NET.</summary>
public sealed class OracleDrawTests
{
    /// <summary>SplitMix64 seeded with 0 (Vigna's splitmix64.c) outputs mix(0), mix(gamma), mix(2 gamma), ...</summary>
    [Theory]
    [InlineData(0UL, 0xE220A8397B1DCDAFUL)]
    [InlineData(0x9E3779B97F4A7C15UL, 0x6E789E6AA1B965F4UL)]
    [InlineData(0x3C6EF372FE94F82AUL, 0x06C45D188009454FUL)]
    public void MixIsTheSplitMix64Finaliser(ulong input, ulong expected) => Assert.Equal(expected, OracleDraws.Mix(input));

    /// <summary>Expected values from an independent Python transcription of the formula in docs/models.md.</summary>
    [Theory]
    [InlineData(42L, 3L, 2L, 1L, 17L, 18L, 0.5117765945383664)]
    [InlineData(-5L, 1L, 0L, 0L, 7L, 0L, 0.2152447877098589)]
    public void DrawFollowsSpec(long seed, long purpose, long replicate, long step, long a, long b, double expected) =>
        Assert.Equal(expected, new OracleDraws(seed).Draw(purpose, replicate, step, a, b));
}
