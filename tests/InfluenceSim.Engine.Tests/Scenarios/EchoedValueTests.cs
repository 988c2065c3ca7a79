using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>An option's value echoed in a message is cut to its first 60 characters.</summary>
public sealed class EchoedValueTests
{
    [Fact]
    public void A_short_value_is_quoted_whole()
    {
        Assert.Equal("'csv2'", EchoedValue.Quote("csv2"));
        Assert.Equal(new string('a', 60), EchoedValue.Shorten(new string('a', 60)));
    }

    [Fact]
    public void A_long_value_keeps_its_first_60_characters_and_ends_in_dots()
    {
        Assert.Equal(new string('b', 60) + "...", EchoedValue.Shorten(new string('b', 98_304)));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        string value = new string('c', 59) + "\U0001F600" + "tail";

        Assert.Equal(new string('c', 59) + "...", EchoedValue.Shorten(value));
    }
}
