namespace InfluenceSim.Cli.Traffic;

/// <summary>What one timed run sent over the network: its replicates, the rounds it ran and each sender's traffic during it.</summary>
internal sealed record RunTraffic(int Replicates, int Rounds, TrafficReading Sent);
