namespace InfluenceSim.Models.Market;

/// <summary>What came of one delivered message (a row of the interaction stream).</summary>
public enum MessageOutcome
{
    /// <summary>The receiver adopted at this step and the adoption is credited to this message.</summary>
    Converted = 0,

    /// <summary>The receiver adopted at this step, credited to another message.</summary>
    Adopted = 1,

    /// <summary>The receiver stayed as it was.</summary>
    None = 2,

    /// <summary>A negative message that lowered the receiver's chances (or raised its threshold).</summary>
    Averted = 3,

    /// <summary>A negative message after which the receiver rejects the product for good.</summary>
    Rejected = 4,

    /// <summary>The receiver had already adopted or rejected before this step.</summary>
    Ignored = 5,
}
