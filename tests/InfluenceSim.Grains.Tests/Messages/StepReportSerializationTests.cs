using InfluenceSim.Abstractions.Messages;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace InfluenceSim.Grains.Tests.Messages;

/// <summary>A step report crosses silos through Orleans' serializer with what it holds and nothing its reused arrays held before it was cleared.</summary>
public sealed class StepReportSerializationTests
{
    [Fact]
    public void A_reused_report_comes_back_as_it_was_filled()
    {
        using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(StepReport).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var sent = new StepReport();
        for (int i = 0; i < 9; i++)
        {
            sent.Add(new NodeAdoption(i, 1, i, 0, 2));
            new Addressed[] { new(i, 1), new(i + 1, 2) }.CopyTo(sent.Add(new NodeSending(i, 0, 2, 2, 0, 0, 0, 0, 2)));
        }

        sent.Clear();
        sent.Add(new NodeAdoption(3, 2, 8, 1, 4));
        sent.Reject(5);
        new Addressed[] { new(11, 2), new(12, 3) }.CopyTo(sent.Add(new NodeSending(3, 1, 4, 0, 2, 1, 1, StepReport.PrescriberFlag, 2)));
        sent.Add(new NodeSending(5, -1, 0, 0, 0, 0, 0, StepReport.RevisitFlag, 0));
        sent.Events = new ReceivedEvents([3, 3], [8, 9], [2, 1], [1, 0]);

        var received = Assert.IsType<StepReport>(serializer.Deserialize<StepReport>(serializer.SerializeToArray(sent)));

        Assert.Equal(sent.Adoptions.ToArray(), received.Adoptions.ToArray());
        Assert.Equal([5], received.Rejections.ToArray());
        Assert.Equal(sent.Sendings.ToArray(), received.Sendings.ToArray());
        Assert.Equal([new Addressed(11, 2), new Addressed(12, 3)], received.Letters.ToArray());
        Assert.Equal((int[])[8, 9], received.Events!.Senders);
        Assert.Equal(serializer.SerializeToArray(received), serializer.SerializeToArray(sent));
        Assert.Same(sent, services.GetRequiredService<DeepCopier>().Copy(sent));
    }
}
