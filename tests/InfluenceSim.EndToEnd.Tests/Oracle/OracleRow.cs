namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>One step of a replicate: adoptions at it, adopters by its end, exposures delivered at it.</summary>
public sealed record OracleRow(int Step, long NewAdopters, long Adopters, long Exposures);
