namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>One replicate: rows for steps 0 .. <see cref="Steps"/>, and every exposure delivered, the quiet last step's included.</summary>
public sealed record OracleReplicate(int Replicate, IReadOnlyList<OracleRow> Rows, long Adopters, int Steps, long Exposures);
