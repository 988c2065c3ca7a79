using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class ConfigurationTests
{
    [Fact]
    public void Degree_one_everywhere_cannot_collide_and_gives_a_perfect_matching()
    {
        int[] degrees = [.. Enumerable.Repeat(1, 1_000)];

        var network = NetworkGenerators.Configuration(degrees, 5);

        Assert.Equal(degrees, Degrees(network));
        NetworkChecks.AssertSimple(network);
    }

    [Fact]
    public void A_mixed_sequence_without_collisions_gives_exactly_those_degrees()
    {
        int[] degrees = [3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2];

        var network = NetworkGenerators.Configuration(degrees, 1);

        Assert.Equal(degrees, Degrees(network));
    }

    [Fact]
    public void Self_loops_and_repeated_ties_are_erased_so_degrees_can_only_shrink()
    {
        int[] degrees = [.. Enumerable.Range(0, 2_000).Select(i => i < 20 ? 60 : 3)];
        if (degrees.Sum() % 2 != 0)
        {
            degrees[^1]++;
        }

        var network = NetworkGenerators.Configuration(degrees, 8);

        int[] realised = Degrees(network);
        Assert.All(Enumerable.Range(0, degrees.Length), i => Assert.InRange(realised[i], 0, degrees[i]));
        Assert.True(realised.Sum() < degrees.Sum(), "hubs of 60 stubs among 20 should collide");
        NetworkChecks.AssertSimple(network);
    }

    [Fact]
    public void An_odd_sum_or_a_negative_degree_is_refused()
    {
        Assert.Contains("even sum", Assert.Throws<ArgumentException>(() => NetworkGenerators.Configuration([1, 2], 1)).Message, StringComparison.Ordinal);
        Assert.Contains("the degree of node 1 must be >= 0, found -2", Assert.ThrowsAny<ArgumentException>(() => NetworkGenerators.Configuration([2, -2], 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_gives_the_same_ties_and_another_seed_other_ties()
    {
        int[] degrees = [.. Enumerable.Range(0, 1_000).Select(i => 1 + (i % 5))];

        var first = NetworkChecks.TieList(NetworkGenerators.Configuration(degrees, 1));

        Assert.Equal(first, NetworkChecks.TieList(NetworkGenerators.Configuration(degrees, 1)));
        Assert.NotEqual(first, NetworkChecks.TieList(NetworkGenerators.Configuration(degrees, 2)));
    }

    [Fact]
    public void The_power_law_form_is_the_configuration_model_on_the_drawn_degrees()
    {
        var direct = NetworkGenerators.ConfigurationPowerLaw(3_000, 2.5, 2, 200, 9);
        var composed = NetworkGenerators.Configuration(NetworkGenerators.PowerLawDegrees(3_000, 2.5, 2, 200, 9), 9);

        Assert.Equal(NetworkChecks.TieList(composed), NetworkChecks.TieList(direct));
        Assert.Equal(NetworkChecks.TieList(direct), NetworkChecks.TieList(NetworkGenerators.ConfigurationPowerLaw(3_000, 2.5, 2, 200, 9)));
    }

    private static int[] Degrees(Network network) => [.. Enumerable.Range(0, network.NodeCount).Select(network.OutDegree)];
}
