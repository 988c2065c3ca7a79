using InfluenceSim.Models.Agents;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>A letter stored in one 16-byte write is the letter its constructor makes, field for field.</summary>
public sealed class LetterTests
{
    [Fact]
    public void A_stored_letter_equals_the_constructed_one()
    {
        var letters = new Letter[3];

        Letter.Store(ref letters[1], LetterKind.NegativePrescription, 41, 7, 3);

        Assert.Equal([default, new Letter(LetterKind.NegativePrescription, 41, 7, 3), default], letters);
    }
}
