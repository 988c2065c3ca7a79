namespace InfluenceSim.Models.Agents;

/// <summary>What became of a node at a step it was considered.</summary>
public enum Verdict
{
    /// <summary>It had adopted or rejected before the step: its mail is ignored.</summary>
    Settled,

    /// <summary>It stayed undecided.</summary>
    Undecided,

    Adopted,

    Rejected,
}
