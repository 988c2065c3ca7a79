using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>Sweep checkpoints: each finished point is kept and read back whole, events and node records included.</summary>
public sealed class FolderCheckpointsTests : IDisposable
{
    private readonly TemporaryFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void A_saved_point_keeps_its_events_their_groups_and_the_delivered_count()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        var result = KeyedRun.Result();
        Directory.CreateDirectory(checkpoints.Folder);

        checkpoints.Save(3, result);
        var loaded = checkpoints.Load(3)!;

        Assert.Equal(result.Events, loaded.Events);
        Assert.Equal(1, loaded.Events[0].Group);
        Assert.Equal(3, loaded.EventsDelivered);
        Assert.Equal(EventsCsv.Format(result), EventsCsv.Format(loaded));
    }

    [Fact]
    public void A_saved_point_keeps_its_node_records_with_and_without_a_cause()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        var adopter = new Running.NodeRecord(0, 4, 2, Models.Market.AdoptionCause.SocialProof, 1, 0, 3, -1, true, 2, 0, 1, 1, 5, 2) { Group = 1 };
        var result = KeyedRun.Result() with { NodeRecords = [adopter, adopter with { Node = 5, AdoptedAt = -1, Cause = null, Group = 0 }] };
        Directory.CreateDirectory(checkpoints.Folder);

        checkpoints.Save(2, result);
        var loaded = checkpoints.Load(2)!;

        Assert.Equal(result.NodeRecords, loaded.NodeRecords);
        Assert.Equal(NodesCsv.Format(result), NodesCsv.Format(loaded));
    }
}
