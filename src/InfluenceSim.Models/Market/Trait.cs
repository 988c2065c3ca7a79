namespace InfluenceSim.Models.Market;

/// <summary>A node trait: its number is the b key of <c>draw(TRAIT, r, 0, node, number)</c> (docs/models.md "Population").</summary>
public enum Trait
{
    /// <summary>Linear-threshold's threshold (trait 0).</summary>
    Threshold = 0,

    /// <summary>How strongly a broadcast works on the node: multiplies a campaign's persuasion.</summary>
    BroadcastSusceptibility = 1,

    /// <summary>Chance that a prescription the node sends lands (a factor of the prescriber's coin).</summary>
    PrescriptionPropensity = 2,

    /// <summary>Weight of the node's outgoing prescriptions (a factor of the prescriber's coin).</summary>
    Credibility = 3,

    /// <summary>Chance that the node, once it adopts, is satisfied (a dissatisfied adopter prescribes against).</summary>
    Satisfaction = 4,
}
