namespace InfluenceSim.Cli.Display;

/// <summary>
/// The time left in a run, from the share of its work done (docs/output.md "Progress"): the rate of work done (share per
/// second) is smoothed by an exponentially weighted moving average whose weights decay with a time constant of
/// <see cref="TimeConstant"/> (an observation <c>dt</c> seconds after the previous one moves the rate by
/// <c>1 - exp(-dt / 30)</c> of the way to that interval's own rate, stalls included), started at the mean rate since the
/// start once some work is done; the time left is the work left over the smoothed rate.
/// </summary>
internal sealed class EtaEstimator(TimeProvider time)
{
    /// <summary>How quickly the smoothed rate forgets: the weight of a rate measured this long ago has decayed to 1/e.</summary>
    public static readonly TimeSpan TimeConstant = TimeSpan.FromSeconds(30);

    private readonly long _start = time.GetTimestamp();
    private long _last;
    private double _lastShare;
    private double? _rate;

    /// <summary>Takes in the share of the work done now (0 to 1) and returns the time left, or null until some work is done.</summary>
    public TimeSpan? Observe(double share)
    {
        long now = time.GetTimestamp();
        if (_rate is not { } rate)
        {
            double sinceStart = time.GetElapsedTime(_start, now).TotalSeconds;
            if (share <= 0 || sinceStart <= 0)
            {
                return null;
            }

            rate = share / sinceStart;
        }
        else
        {
            double seconds = time.GetElapsedTime(_last, now).TotalSeconds;
            if (seconds > 0)
            {
                double weight = 1 - Math.Exp(-seconds / TimeConstant.TotalSeconds);
                rate += weight * (((share - _lastShare) / seconds) - rate);
            }
        }

        _rate = rate;
        _last = now;
        _lastShare = share;
        double left = Math.Max(0, 1 - share) / rate;
        return rate > 0 && left < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(left) : null;
    }
}
