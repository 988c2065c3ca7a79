using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Models.Tests.Agents.Roles;

public sealed class ConsumerRoleTests
{
    [Fact]
    public void A_settled_node_ignores_what_it_receives()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.LinearThreshold, ("threshold", 0.5)));
        IConsumerRole consumer = block;
        block.AdoptAsSeed(3, 0);

        Assert.Equal(Verdict.Settled, consumer.Receive(3, 0, 1, [new Letter(LetterKind.SocialProof, 1, 0, 0)]));
    }

    [Fact]
    public void Negative_messages_make_a_fully_averse_node_reject_and_it_stays_rejected()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1), ("aversion", 1)));
        IConsumerRole consumer = block;

        Assert.Equal(Verdict.Rejected, consumer.Receive(3, 0, 2, [new Letter(LetterKind.NegativePrescription, 1, 0, 0)]));
        Assert.Equal(2, block.RejectedAt(3, 0));
        Assert.Equal(Verdict.Settled, consumer.Receive(3, 0, 3, [new Letter(LetterKind.PositivePrescription, 2, 0, 0)]));
    }

    [Fact]
    public void A_half_averse_node_keeps_half_its_acceptance_after_one_negative_message()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.IndependentCascade, ("probability", 1), ("aversion", 0.5)));
        IConsumerRole consumer = block;

        Assert.Equal(Verdict.Undecided, consumer.Receive(3, 0, 2, [new Letter(LetterKind.NegativeBroadcast, 0, -1, 0)]));
        Assert.Equal(NodeAgent.NotAdopted, block.RejectedAt(3, 0));
    }

    [Fact]
    public void The_visible_choices_of_in_ties_add_up_until_they_reach_the_threshold()
    {
        var block = HandBlocks.Of(HandBlocks.Model(ModelCatalogue.LinearThreshold, ("threshold", 0.6)));
        IConsumerRole consumer = block;
        IActorRole actor = block;
        Letter[] first = [new Letter(LetterKind.SocialProof, 0, 0, 0)];
        Letter[] second = [new Letter(LetterKind.SocialProof, 2, 0, 1)];

        Assert.Equal(Verdict.Undecided, consumer.Receive(3, 0, 1, first));
        Assert.Equal(Decision.Undecided, actor.Decide(3, 0, 1, first));
        Assert.Equal(Verdict.Undecided, consumer.Receive(3, 0, 2, second));
        Assert.Equal(new Decision(Verdict.Adopted, new Adoption(Market.AdoptionCause.SocialProof, 2, 0, 2, 0)), actor.Decide(3, 0, 2, second));
        Assert.Equal((2, 2, 0, 2), (actor.AdoptedAt(3, 0), actor.CreditedTo(3, 0), actor.RootOf(3, 0), actor.DepthOf(3, 0)));
    }
}
