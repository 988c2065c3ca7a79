using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>A replicate's runs.csv figures besides its seed and fraction.</summary>
public sealed record MarketHandTotals(long Adopters, int Steps, long Exposures, long Rejected, int CascadeDepth, double WordOfMouthShare, double BroadcastShare)
{
    public static MarketHandTotals Of(ReplicateResult r) => new(r.Adopters, r.Steps, r.Exposures, r.Rejected, r.CascadeDepth, r.WordOfMouthShare, r.BroadcastShare);

    public static MarketHandTotals Of(OracleReplicate r) => new(r.Adopters, r.Steps, r.Exposures, r.Rejected, r.CascadeDepth, r.WordOfMouthShare, r.BroadcastShare);
}
