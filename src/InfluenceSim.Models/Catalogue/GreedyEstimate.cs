namespace InfluenceSim.Models.Catalogue;

/// <summary>How greedy seeding estimates a model's spread (docs/influence-maximisation.md): the process it simulates, and whether reverse-reachable sets represent it exactly.</summary>
public sealed record GreedyEstimate(SpreadProcess Process, bool ReverseReachable);
