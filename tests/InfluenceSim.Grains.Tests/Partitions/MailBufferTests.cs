using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Tests.Partitions;

public sealed class MailBufferTests
{
    [Fact]
    public void A_drain_gives_each_target_of_the_range_with_mail_one_delivery_in_ascending_order_and_empties_the_buffer()
    {
        var buffer = new MailBuffer(10, 5);
        for (int round = 0; round < 2; round++)
        {
            buffer.Add(Letter(14, sender: 1));
            buffer.AddRange([Letter(11, sender: 2), Letter(14, sender: 3), Letter(10, sender: 4)]);
            buffer.Add(Letter(11, sender: 5));

            var deliveries = buffer.Drain();

            Assert.Equal(["10: 4", "11: 2 5", "14: 1 3"], deliveries.Select(d => $"{d.Target}: {string.Join(" ", d.Letters.Select(l => l.Sender))}"));
            Assert.Empty(buffer.Drain());
        }
    }

    [Theory]
    [InlineData(9)]
    [InlineData(15)]
    public void A_letter_for_a_node_outside_the_range_is_refused(int target)
    {
        var buffer = new MailBuffer(10, 5);

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Add(Letter(target, sender: 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.AddRange([Letter(target, sender: 1)]));
    }

    private static MailEntry Letter(int target, int sender) => new(target, sender, 0, LetterKind.PositivePrescription, -1, 0);
}
