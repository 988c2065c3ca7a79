using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>What an agent works with: its ties and file values, the run's draws and traits, the market's word-of-mouth settings and the model's aversion.</summary>
public sealed record AgentContext(NodeTies Ties, Draws Draws, PopulationTraits Traits, NodeFixedValues FixedValues, WordOfMouthSettings WordOfMouth, double Aversion);
