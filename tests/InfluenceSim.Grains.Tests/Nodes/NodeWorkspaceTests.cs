using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Tests.Nodes;

/// <summary>A thread's node workspace is shared by every node grain's turn on it: one turn's report never carries into the next.</summary>
public sealed class NodeWorkspaceTests
{
    [Fact]
    public void A_built_report_leaves_the_builder_empty_for_the_next_turn()
    {
        var workspace = NodeWorkspace.Current;
        var first = workspace.Report(recordEvents: true, new StepReport());
        first.Adopted(2, AdoptionCause.Seed, -1, 4, 0);
        first.Received(4, 2, [new Letter(LetterKind.SocialProof, 1, 1, 0)], Verdict.Undecided, -1, averse: false);

        var built = first.Build();
        var next = workspace.Report(recordEvents: true, new StepReport()).Build();

        Assert.Equal([new NodeAdoption(2, (int)AdoptionCause.Seed, -1, 4, 0)], built.Adoptions.ToArray());
        Assert.Equal([2], built.Events!.Replicates);
        Assert.True(next.Adoptions.IsEmpty);
        Assert.Empty(next.Events!.Replicates);
    }

    [Fact]
    public void A_turn_that_failed_before_its_report_was_built_leaves_nothing_to_the_next()
    {
        var workspace = NodeWorkspace.Current;
        var failed = new StepReport();
        workspace.Report(recordEvents: true, failed).Received(4, 2, [new Letter(LetterKind.SocialProof, 1, 1, 0)], Verdict.Undecided, -1, averse: false);

        var next = workspace.Report(recordEvents: true, new StepReport()).Build();

        Assert.Empty(next.Events!.Replicates);
        Assert.Same(workspace.Report(recordEvents: false, failed), workspace.Report(recordEvents: false, failed));
    }

    [Fact]
    public void A_report_is_written_only_between_its_begin_and_its_build()
    {
        var builder = NodeWorkspace.Current.Report(recordEvents: false, new StepReport());
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Rejected(3));
    }
}
