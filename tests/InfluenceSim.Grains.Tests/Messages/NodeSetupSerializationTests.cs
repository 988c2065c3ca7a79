using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace InfluenceSim.Grains.Tests.Messages;

/// <summary>A node's setup crosses silos through Orleans' serializer and the surrogates of the Models settings types it carries; so does its join order.</summary>
public sealed class NodeSetupSerializationTests
{
    [Fact]
    public void A_setup_with_every_settings_type_comes_back_as_it_was_sent()
    {
        using var services = Services();
        var serializer = services.GetRequiredService<Serializer>();
        var model = new ModelSettings("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = Distribution.Uniform(0.1, 0.3), ["aversion"] = Distribution.Constant(0.25) })
        {
            ProbabilityRule = TieRule.WeightedCascade,
        };
        var population = new PopulationSettings(
            new Dictionary<Trait, Distribution> { [Trait.Credibility] = Distribution.Normal(0.5, 0.1) },
            [new Segment("young", 0.4, new Dictionary<Trait, Distribution> { [Trait.Threshold] = Distribution.Constant(0.2), [Trait.Satisfaction] = Distribution.Uniform(0, 1) })]);
        var sent = new NodeSetup(model, 42, 3)
        {
            Population = population,
            WordOfMouth = new WordOfMouthSettings([0.3, 0.6], BrandStance.Relay, 0.125),
            RecordNode = true,
            FirstReplicate = 5,
        };

        var received = Assert.IsType<NodeSetup>(serializer.Deserialize<NodeSetup>(serializer.SerializeToArray(sent)));

        Assert.Equal(model.Kind, received.Model.Kind);
        Assert.Equal(model.ProbabilityRule, received.Model.ProbabilityRule);
        Assert.Equal(model.Parameters.OrderBy(p => p.Key), received.Model.Parameters.OrderBy(p => p.Key));
        Assert.Equal(population.Traits, received.Population.Traits);
        var segment = Assert.Single(received.Population.Segments);
        Assert.Equal(("young", 0.4), (segment.Name, segment.Share));
        Assert.Equal(population.Segments[0].Traits.OrderBy(t => t.Key), segment.Traits.OrderBy(t => t.Key));
        Assert.Equal([0.3, 0.6], received.WordOfMouth.Persuasions);
        Assert.Equal((BrandStance.Relay, 0.125), (received.WordOfMouth.Stance, received.WordOfMouth.Share));
        Assert.Equal((42L, 3, true, 5), (received.Seed, received.Replicates, received.RecordNode, received.FirstReplicate));
    }

    [Fact]
    public void A_join_order_comes_back_as_it_was_sent()
    {
        using var services = Services();
        var serializer = services.GetRequiredService<Serializer>();
        var sent = new NodeJoinOrder("3f2a9c", 5, 12);

        Assert.Equal(sent, serializer.Deserialize<NodeJoinOrder>(serializer.SerializeToArray(sent)));
    }

    private static ServiceProvider Services() => new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(NodeSetup).Assembly)).BuildServiceProvider();
}
