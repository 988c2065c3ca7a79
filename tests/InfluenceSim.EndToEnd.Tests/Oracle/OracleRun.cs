namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>Every replicate of one run of the oracle, with what the CSV files need besides.</summary>
public sealed record OracleRun(int Nodes, long Seed, IReadOnlyList<OracleReplicate> Replicates);
