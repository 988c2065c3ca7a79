using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>One row of the interaction stream: a message delivered at a step and what came of it (From is a campaign number for a broadcast).</summary>
public sealed record OracleEvent(int Replicate, int Step, int From, int To, MessageKind Kind, Valence Valence, MessageOutcome Outcome);
