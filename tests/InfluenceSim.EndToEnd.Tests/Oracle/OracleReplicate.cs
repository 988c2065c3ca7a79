namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// One replicate: rows for steps 0 .. <see cref="Steps"/>, every exposure delivered (the quiet last
/// step's included) and, per seed ascending, the cascade grown from it: (seed, size with the seed, depth).
/// </summary>
public sealed record OracleReplicate(int Replicate, IReadOnlyList<OracleRow> Rows, long Adopters, int Steps, long Exposures, IReadOnlyList<(int Seed, long Size, int Depth)> Cascades);
