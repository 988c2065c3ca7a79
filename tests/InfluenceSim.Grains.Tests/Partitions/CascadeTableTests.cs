using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;

namespace InfluenceSim.Grains.Tests.Partitions;

public sealed class CascadeTableTests
{
    [Fact]
    public void Thousands_of_cascades_keep_their_sizes_and_depths_through_growth_and_come_out_by_replicate_then_root()
    {
        var table = new CascadeTable();
        var expected = new SortedDictionary<(int Replicate, int Root), (long Size, int Depth)>();
        var random = new Random(7);
        for (int adoption = 0; adoption < 50_000; adoption++)
        {
            int replicate = random.Next(40);
            int root = random.Next(int.MaxValue);
            root = root % 3 == 0 ? root : root % 97;
            int depth = random.Next(30);
            table.Count(replicate, root, depth);
            var held = expected.GetValueOrDefault((replicate, root));
            expected[(replicate, root)] = (held.Size + 1, Math.Max(held.Depth, depth));
        }

        Assert.Equal([.. expected.Select(e => new CascadeEntry(e.Key.Replicate, e.Key.Root, e.Value.Size, e.Value.Depth))], table.Entries());
    }

    [Fact]
    public void An_empty_table_has_no_entries() => Assert.Empty(new CascadeTable().Entries());
}
