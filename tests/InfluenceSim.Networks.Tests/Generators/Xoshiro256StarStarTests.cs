using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void Matches_the_reference_implementation()
    {
        var random = new Xoshiro256StarStar(1, 2, 3, 4);

        Assert.Equal(11520UL, random.NextUInt64());
        Assert.Equal(0UL, random.NextUInt64());
        Assert.Equal(1509978240UL, random.NextUInt64());
        Assert.Equal(1215971899390074240UL, random.NextUInt64());
    }

    [Fact]
    public void Mix_is_the_splitmix64_output_function()
    {
        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.Mix(0));
    }

    [Fact]
    public void Streams_are_deterministic_and_distinct()
    {
        ulong a = Xoshiro256StarStar.Create(42, 1).NextUInt64();

        Assert.Equal(a, Xoshiro256StarStar.Create(42, 1).NextUInt64());
        Assert.NotEqual(a, Xoshiro256StarStar.Create(42, 2).NextUInt64());
        Assert.NotEqual(a, Xoshiro256StarStar.Create(43, 1).NextUInt64());
    }

    [Fact]
    public void Bounded_integers_cover_the_range_evenly()
    {
        var random = Xoshiro256StarStar.Create(7, 99);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
        {
            counts[random.NextInt(6)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, 9_500, 10_500));
    }

    [Fact]
    public void Doubles_are_in_the_unit_interval()
    {
        var random = Xoshiro256StarStar.Create(7, 98);
        double sum = 0;
        for (int i = 0; i < 10_000; i++)
        {
            double x = random.NextDouble();
            Assert.True(x is >= 0 and < 1, $"{x} is outside [0, 1)");
            sum += x;
        }

        Assert.InRange(sum / 10_000, 0.49, 0.51);
    }
}
