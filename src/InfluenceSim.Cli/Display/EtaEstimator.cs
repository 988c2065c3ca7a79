namespace InfluenceSim.Cli.Display;

/// <summary>
/// The time left in a run, from the share of its work done (docs/output.md "What the console shows"): the rate of work done
/// (share per second) is an exponentially weighted moving average over the intervals between two observations at which
/// the share grew; an interval of <c>dt</c> seconds moves the rate by <c>1 - exp(-dt / 30)</c> of the way to its own rate
/// (a stall before it included), starting from the mean rate since the start. The time left is the work left over that
/// rate, less the time since the share last grew, so it counts down between steps of work instead of climbing.
/// </summary>
internal sealed class EtaEstimator(TimeProvider time)
{
    /// <summary>How quickly the smoothed rate forgets: the weight of a rate measured this long ago has decayed to 1/e.</summary>
    public static readonly TimeSpan TimeConstant = TimeSpan.FromSeconds(30);

    private readonly long _start = time.GetTimestamp();
    private long _grew;
    private double _share;
    private double? _rate;

    /// <summary>Takes in the share of the work done now (0 to 1) and returns the time left, or null until some work is done.</summary>
    public TimeSpan? Observe(double share)
    {
        long now = time.GetTimestamp();
        if (_rate is null)
        {
            double sinceStart = time.GetElapsedTime(_start, now).TotalSeconds;
            if (share <= 0 || sinceStart <= 0)
            {
                return null;
            }

            Grew(share / sinceStart, share, now);
        }
        else if (share > _share)
        {
            double seconds = time.GetElapsedTime(_grew, now).TotalSeconds;
            double rate = _rate.Value;
            if (seconds > 0)
            {
                rate += (1 - Math.Exp(-seconds / TimeConstant.TotalSeconds)) * (((share - _share) / seconds) - rate);
            }

            Grew(rate, share, now);
        }

        double left = (Math.Max(0, 1 - _share) / _rate!.Value) - time.GetElapsedTime(_grew, now).TotalSeconds;
        return _rate > 0 && left < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(Math.Max(0, left)) : null;
    }

    private void Grew(double rate, double share, long now)
    {
        _rate = rate;
        _share = share;
        _grew = now;
    }
}
