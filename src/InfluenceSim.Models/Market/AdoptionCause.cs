namespace InfluenceSim.Models.Market;

/// <summary>What an adoption is recorded as caused by.</summary>
public enum AdoptionCause { Seed = 0, Broadcast = 1, Prescription = 2, SocialProof = 3 }
