using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The coins of independent cascade's L prescriptions per tie in one estimator simulation j:
/// <c>draw(PRESCRIBE, j, k, u, v)</c> for k = 0 .. L-1, as the run keys them by attempt
/// (docs/models.md "Randomness"). The tie is live when one of them lands, so a cascade with L
/// prescribing steps is the live-edge graph of 1 - (1 - p(u, v))^L.
/// </summary>
internal readonly struct AttemptCoins
{
    private readonly PrefixedDraws[] _attempts;

    public AttemptCoins(long seed, int simulation, int attempts)
    {
        _attempts = new PrefixedDraws[attempts];
        for (int k = 0; k < attempts; k++)
        {
            _attempts[k] = new PrefixedDraws(seed, DrawPurpose.Prescribe, simulation, k);
        }
    }

    /// <summary>Whether one of the L prescriptions from <paramref name="from"/> to <paramref name="to"/> lands with probability <paramref name="probability"/>.</summary>
    public bool Live(int from, int to, double probability)
    {
        foreach (var attempt in _attempts)
        {
            if (attempt.Draw(from, to) < probability)
            {
                return true;
            }
        }

        return false;
    }
}
