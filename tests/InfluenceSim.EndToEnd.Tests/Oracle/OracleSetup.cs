using InfluenceSim.Models.Market;
using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>What every replicate of a run shares: network, model, market (read as plain data), node attributes, draws, step bound, and whether events are recorded.</summary>
public sealed record OracleSetup(Network Network, OracleModel Model, MarketSettings Market, NodeAttributeValues Attributes, OracleDraws Draws, int MaxSteps, bool RecordEvents);
