namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>One grain call a silo of an observed cluster received: the grain's integer key and key extension, the silo it ran on, and its first argument.</summary>
public sealed record GrainCall(long Key, string? KeyExtension, string Silo, object? Argument);
