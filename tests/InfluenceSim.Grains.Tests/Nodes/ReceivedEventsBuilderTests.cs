using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Tests.Nodes;

public sealed class ReceivedEventsBuilderTests
{
    [Theory]
    [InlineData(LetterKind.PositivePrescription, 0, Verdict.Settled, -1, true, MessageOutcome.Ignored)]
    [InlineData(LetterKind.NegativePrescription, 0, Verdict.Rejected, -1, true, MessageOutcome.Rejected)]
    [InlineData(LetterKind.NegativeBroadcast, 0, Verdict.Undecided, -1, true, MessageOutcome.Averted)]
    [InlineData(LetterKind.NegativeBroadcast, 0, Verdict.Adopted, 1, false, MessageOutcome.None)]
    [InlineData(LetterKind.SocialProof, 0, Verdict.Undecided, -1, false, MessageOutcome.None)]
    [InlineData(LetterKind.PositivePrescription, 1, Verdict.Adopted, 1, false, MessageOutcome.Converted)]
    [InlineData(LetterKind.SocialProof, 0, Verdict.Adopted, 1, false, MessageOutcome.Adopted)]
    public void What_came_of_a_letter_follows_the_verdict_the_credit_and_the_aversion(int kind, int index, Verdict verdict, int creditedLetter, bool averse, MessageOutcome outcome)
    {
        Assert.Equal(outcome, ReceivedEventsBuilder.Outcome(new Letter(kind, 3, 0, 0), index, verdict, creditedLetter, averse));
    }

    [Fact]
    public void A_nodes_letters_are_recorded_in_order_with_their_replicate_and_outcome()
    {
        var builder = new ReceivedEventsBuilder();

        builder.Add(2, [new Letter(LetterKind.SocialProof, 4, 4, 0), new Letter(LetterKind.PositivePrescription, 1, 0, 1)], Verdict.Adopted, 1, averse: false);
        builder.Add(0, [new Letter(LetterKind.NegativePrescription, 6, 6, 0)], Verdict.Undecided, -1, averse: false);

        var events = builder.Build();
        Assert.Equal([2, 2, 0], events.Replicates);
        Assert.Equal([4, 1, 6], events.Senders);
        Assert.Equal([LetterKind.SocialProof, LetterKind.PositivePrescription, LetterKind.NegativePrescription], events.Kinds);
        Assert.Equal([(int)MessageOutcome.Adopted, (int)MessageOutcome.Converted, (int)MessageOutcome.None], events.Outcomes);
    }
}
