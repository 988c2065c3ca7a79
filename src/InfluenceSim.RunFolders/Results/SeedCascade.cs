namespace InfluenceSim.RunFolders.Results;

/// <summary>The cascade grown from one seed through credited prescriptions: its size (the seed included) and depth (longest chain of credits).</summary>
public sealed record SeedCascade(int Seed, long Size, int Depth);
