using InfluenceSim.Abstractions.Messages;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace InfluenceSim.Grains.Tests.Messages;

/// <summary>A node's join order (the run id, the partition and the chunk) comes back through Orleans' serializer as it was sent.</summary>
public sealed class NodeJoinOrderSerializationTests
{
    [Fact]
    public void An_order_comes_back_as_it_was_sent()
    {
        using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(NodeJoinOrder).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var sent = new NodeJoinOrder("3f2a9c", 5, 12);

        var received = serializer.Deserialize<NodeJoinOrder>(serializer.SerializeToArray(sent));

        Assert.Equal(sent, received);
    }
}
