using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Tests.Partitions;

public sealed class MailBufferTests
{
    private static readonly MailEntry[] Letters =
    [
        new(7, 2, 3, LetterKind.PositivePrescription, 2, 0),
        new(5, 2, 1, LetterKind.PositivePrescription, 2, 0),
        new(7, 4, 0, LetterKind.SocialProof, 4, 1),
        MailEntry.Order(5, 0, -1, LetterKind.Visit),
        new(7, 1, 3, LetterKind.PositivePrescription, 0, 2),
        new(5, 9, 1, LetterKind.NegativePrescription, 9, 0),
    ];

    [Fact]
    public void Mail_is_drained_by_target_the_own_letters_by_replicate_then_the_batches_as_they_came()
    {
        var buffer = new MailBuffer(new MailShelf());
        buffer.AddBatch(Letters[..3]);
        foreach (var letter in Letters[3..])
        {
            buffer.Add(letter);
        }

        var deliveries = buffer.Drain();

        Assert.Equal([5, 7], deliveries.Select(d => d.Target));
        Assert.Equal([Letters[3], Letters[5], Letters[1]], deliveries[0].Letters);
        Assert.Equal([Letters[4], Letters[0], Letters[2]], deliveries[1].Letters);
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Replicates_a_run_of_pages_apart_share_it_and_a_node_still_gets_each_replicate_in_one_range()
    {
        var buffer = new MailBuffer(new MailShelf());
        buffer.Add(new MailEntry(4, 9, 1 + MailBuffer.PageRuns, LetterKind.PositivePrescription, 9, 0));
        buffer.Add(new MailEntry(4, 3, 1, LetterKind.PositivePrescription, 3, 0));
        buffer.Add(new MailEntry(4, 2, 1 + MailBuffer.PageRuns, LetterKind.PositivePrescription, 2, 0));
        var mail = new BlockMail();

        buffer.DrainLetters(mail);
        var sorted = mail.Sorted(0);

        Assert.Equal((1, 1), sorted.Range(0));
        Assert.Equal((1 + MailBuffer.PageRuns, 2), sorted.Range(1));
        Assert.Equal([2, 9], sorted.Letters(1, 2).ToArray().Select(l => l.Sender));
    }

    [Fact]
    public void Letters_fill_pages_of_the_shelf_which_a_drain_gives_back_for_the_next_letters()
    {
        var shelf = new MailShelf();
        var buffer = new MailBuffer(shelf);
        var many = Enumerable.Range(0, MailShelf.PageSize + 1).Select(i => new MailEntry(i % 11, i, 0, LetterKind.SocialProof, i, 0)).ToArray();
        foreach (var entry in many)
        {
            buffer.Add(entry);
        }

        var drained = buffer.Drain().SelectMany(d => d.Letters).ToArray();

        Assert.Equal(many.OrderBy(e => e.Target), drained);
        Assert.Equal([many[0], many[MailShelf.PageSize]], new[] { shelf.Take(MailShelf.PageSize)[0], shelf.Take(MailShelf.PageSize)[0] }.OrderBy(e => e.Sender));
    }

    [Fact]
    public void Drained_as_letters_a_node_gets_the_same_mail_with_its_sort_keys_and_sorts_it_where_it_lies()
    {
        var buffer = new MailBuffer(new MailShelf());
        buffer.AddBatch(Letters);

        var mail = new BlockMail();
        buffer.DrainLetters(mail);

        Assert.Equal(2, mail.Count);
        Assert.Equal([5, 7], new[] { mail.Target(0), mail.Target(1) });
        Assert.Equal([1, 0, 1], mail.Keys(0).ToArray().Select(SortedMail.ReplicateOf));
        Assert.Equal([3, 0, 3], mail.Keys(1).ToArray().Select(SortedMail.ReplicateOf));
        var sorted = mail.Sorted(1);
        Assert.Equal((0, 1), sorted.Range(0));
        Assert.Equal((3, 2), sorted.Range(1));
        Assert.Equal([new Letter(LetterKind.PositivePrescription, 1, 0, 2), new Letter(LetterKind.PositivePrescription, 2, 2, 0)], sorted.Letters(1, 2).ToArray());
        buffer.DrainLetters(mail);
        Assert.Equal(0, mail.Count);
    }
}
