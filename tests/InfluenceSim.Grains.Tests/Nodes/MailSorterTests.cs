using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Tests.Nodes;

public sealed class MailSorterTests
{
    [Fact]
    public void Mail_is_sorted_by_replicate_then_kind_then_sender_with_repeats_dropped_and_the_visit_left_out()
    {
        var mail = new MailSorter().Sort(
        [
            Entry(sender: 7, replicate: 1, LetterKind.SocialProof, root: 7, depth: 0),
            Entry(sender: 3, replicate: 0, LetterKind.PositivePrescription, root: 1, depth: 2),
            Entry(sender: 2, replicate: 1, LetterKind.SocialProof, root: 0, depth: 1),
            MailEntry.Order(5, 1, -1, LetterKind.Visit),
            Entry(sender: 3, replicate: 0, LetterKind.PositivePrescription, root: 1, depth: 2),
            Entry(sender: 0, replicate: 0, LetterKind.PositiveBroadcast, root: -1, depth: 0),
            Entry(sender: 9, replicate: 0, LetterKind.SocialProof, root: 9, depth: 0),
        ]);

        Assert.Equal(6, mail.Count);
        Assert.Equal((0, 3), mail.Range(0));
        Assert.Equal((1, 3), mail.Range(3));
        Assert.Equal(
            [new Letter(LetterKind.SocialProof, 9, 9, 0), new Letter(LetterKind.PositivePrescription, 3, 1, 2), new Letter(LetterKind.PositiveBroadcast, 0, -1, 0)],
            mail.Letters(0, 3).ToArray());
        Assert.Equal([new Letter(LetterKind.SocialProof, 2, 0, 1), new Letter(LetterKind.SocialProof, 7, 7, 0)], mail.Letters(3, 3).ToArray());
    }

    [Fact]
    public void A_lone_visit_is_a_replicate_range_without_letters()
    {
        var mail = new MailSorter().Sort([MailEntry.Order(5, 4, -1, LetterKind.Visit)]);

        Assert.Equal((4, 1), mail.Range(0));
        Assert.Empty(mail.Letters(0, 1).ToArray());
    }

    [Fact]
    public void A_second_sort_replaces_the_first_even_when_smaller()
    {
        var sorter = new MailSorter();
        sorter.Sort([Entry(1, 0, LetterKind.SocialProof, 1, 0), Entry(2, 0, LetterKind.SocialProof, 2, 0), Entry(3, 2, LetterKind.SocialProof, 3, 0)]);

        var mail = sorter.Sort([Entry(8, 3, LetterKind.NegativePrescription, 4, 1)]);

        Assert.Equal(1, mail.Count);
        Assert.Equal((3, 1), mail.Range(0));
        Assert.Equal([new Letter(LetterKind.NegativePrescription, 8, 4, 1)], mail.Letters(0, 1).ToArray());
    }

    [Fact]
    public void Mail_longer_than_an_insertion_sort_takes_is_sorted_and_cleared_of_repeats_the_same_way()
    {
        var random = new Random(3);
        var entries = Enumerable.Range(0, 200)
            .Select(_ => Entry(sender: random.Next(6), replicate: random.Next(5), random.Next(1, 4), root: 2, depth: 1))
            .ToArray();
        var expected = entries
            .Select(e => (e.Replicate, Letter: new Letter(e.Kind, e.Sender, e.Root, e.Depth)))
            .Distinct()
            .OrderBy(l => l.Replicate).ThenBy(l => l.Letter.Kind).ThenBy(l => l.Letter.Sender)
            .ToArray();
        var sorter = new MailSorter();

        foreach (int length in new[] { 200, 24, 7 })
        {
            var mail = sorter.Sort(entries.AsSpan(0, length));
            var wanted = length == 200 ? expected : [.. entries.Take(length).Select(e => (e.Replicate, Letter: new Letter(e.Kind, e.Sender, e.Root, e.Depth))).Distinct().OrderBy(l => l.Replicate).ThenBy(l => l.Letter.Kind).ThenBy(l => l.Letter.Sender)];
            var got = new List<(int Replicate, Letter Letter)>();
            for (int start = 0; start < mail.Count;)
            {
                var (replicate, count) = mail.Range(start);
                got.AddRange(mail.Letters(start, count).ToArray().Select(l => (replicate, l)));
                start += count;
            }

            Assert.Equal(wanted, got);
        }
    }

    private static MailEntry Entry(int sender, int replicate, int kind, int root, int depth) => new(5, sender, replicate, kind, root, depth);
}
