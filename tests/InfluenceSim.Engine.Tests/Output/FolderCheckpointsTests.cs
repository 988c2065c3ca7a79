using System.Text.Json.Nodes;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios.Sweeps;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>Sweep checkpoints: each finished point is kept and read back whole, events and node records included, and only by its own point.</summary>
public sealed class FolderCheckpointsTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void A_saved_point_keeps_its_events_their_groups_and_the_delivered_count()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        var result = KeyedRun.Result();
        Directory.CreateDirectory(checkpoints.Folder);

        checkpoints.Save(Point(3, "0.1"), result);
        var loaded = checkpoints.Load(Point(3, "0.1"))!;

        Assert.Equal(result.Events, loaded.Events);
        Assert.Equal(1, loaded.Events[0].Group);
        Assert.Equal(3, loaded.EventsDelivered);
        Assert.Equal(EventsCsv.Format(result), EventsCsv.Format(loaded));
    }

    [Fact]
    public void A_saved_point_keeps_its_node_records_with_and_without_a_cause()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        var adopter = new NodeRecord(0, 4, 2, Models.Market.AdoptionCause.SocialProof, 1, 0, 3, -1, true, 2, 0, 1, 1, 5, 2) { Group = 1 };
        var result = KeyedRun.Result() with { NodeRecords = [adopter, adopter with { Node = 5, AdoptedAt = -1, Cause = null, Group = 0 }] };
        Directory.CreateDirectory(checkpoints.Folder);

        checkpoints.Save(Point(2, "0.1"), result);
        var loaded = checkpoints.Load(Point(2, "0.1"))!;

        Assert.Equal(result.NodeRecords, loaded.NodeRecords);
        Assert.Equal(NodesCsv.Format(result), NodesCsv.Format(loaded));
    }

    [Fact]
    public void A_point_file_copied_over_another_points_file_is_refused_naming_it()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        Directory.CreateDirectory(checkpoints.Folder);
        checkpoints.Save(Point(0, "0.1"), KeyedRun.Result());
        string copied = Path.Combine(checkpoints.Folder, "point-000001.json");
        File.Copy(Path.Combine(checkpoints.Folder, "point-000000.json"), copied);

        var refused = Assert.Throws<RunFolderRefusedException>(() => checkpoints.Load(Point(1, "0.3")));

        Assert.Equal(
            $"'{copied}' does not belong to point 1 (model.probability = 0.3) of this sweep: it holds point 0 (model.probability = 0.1); it was copied or swapped: delete it to run that point again",
            refused.Message);
    }

    [Fact]
    public void A_point_file_of_another_scenario_is_refused_even_with_the_same_number_and_keys()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        Directory.CreateDirectory(checkpoints.Folder);
        checkpoints.Save(Point(1, "0.3"), KeyedRun.Result());
        var other = Point(1, "0.3") with { Scenario = Fixtures.Scenario() with { Resolved = JsonNode.Parse("""{"name":"other"}""")!.AsObject() } };

        var refused = Assert.Throws<RunFolderRefusedException>(() => checkpoints.Load(other));

        Assert.Contains("holds point 1 (model.probability = 0.3) of another scenario", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_file_of_another_results_version_is_refused()
    {
        var checkpoints = new FolderCheckpoints(root.Path);
        Directory.CreateDirectory(checkpoints.Folder);
        checkpoints.Save(Point(0, "0.1"), KeyedRun.Result());
        string file = Path.Combine(checkpoints.Folder, "point-000000.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace($"\"ResultsVersion\":{ResultsVersion.Current}", "\"ResultsVersion\":0", StringComparison.Ordinal));

        var refused = Assert.Throws<RunFolderRefusedException>(() => checkpoints.Load(Point(0, "0.1")));

        Assert.Equal(
            $"'{file}' was written by an influencesim of results version 0, and this one computes results version {ResultsVersion.Current}: its finished work cannot be mixed with new results; start the run afresh",
            refused.Message);
    }

    private static SweepPoint Point(int index, string probability) =>
        new(index, [new("model.probability", probability)], Fixtures.Scenario() with { Resolved = new JsonObject { ["model"] = new JsonObject { ["probability"] = probability } } });
}
