using InfluenceSim.Engine.Output;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>Sweep checkpoints: each finished point is kept and read back whole, events included.</summary>
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
}
