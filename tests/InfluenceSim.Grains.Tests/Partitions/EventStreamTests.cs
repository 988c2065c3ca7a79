using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Tests.Partitions;

public sealed class EventStreamTests
{
    [Fact]
    public void Each_step_is_kept_in_replicate_receiver_message_kind_sender_order_until_the_cap_and_every_letter_is_counted()
    {
        var stream = new EventStream(cap: 3);

        stream.Add(new EventRow(1, 1, 4, 2, LetterKind.SocialProof, 2));
        stream.Add(new EventRow(0, 1, 9, 5, LetterKind.PositiveBroadcast, 2));
        stream.Add(new EventRow(0, 1, 3, 5, LetterKind.NegativePrescription, 3));
        stream.Add(new EventRow(0, 1, 1, 5, LetterKind.PositivePrescription, 0));
        stream.EndStep();
        stream.Add(new EventRow(0, 2, 0, 1, LetterKind.SocialProof, 2));
        stream.EndStep();

        Assert.Equal((5L, 3), (stream.Delivered, stream.Kept));
        var page = stream.Page(0, 10);
        Assert.Equal([0, 0, 0], page.Replicates);
        Assert.Equal([1, 1, 1], page.Steps);
        Assert.Equal([5, 5, 5], page.Receivers);
        Assert.Equal([1, 3, 9], page.Senders);
        Assert.Equal([LetterKind.PositivePrescription, LetterKind.NegativePrescription, LetterKind.PositiveBroadcast], page.Kinds);
        Assert.Equal([0, 3, 2], page.Outcomes);
        Assert.Equal([9], stream.Page(2, 5).Senders);
    }
}
