using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>What a block of agents works with: its nodes' ties and file values (by index), the run's draws and traits, the market's word-of-mouth settings, the model's aversion, and where its state arrays come from and go back to (none: fresh arrays).</summary>
public sealed record AgentContext(NodeTies Ties, Draws Draws, PopulationTraits Traits, FixedValueTable FixedValues, WordOfMouthSettings WordOfMouth, double Aversion, LaneShelf? Lanes = null);
