namespace InfluenceSim.Host.Clustering;

/// <summary>
/// Lets a cluster client retry its first connection for <see cref="ClusterAddress.ConnectTimeout"/>
/// (silos that are still starting), then fail, instead of Orleans' default retries of minutes.
/// </summary>
internal sealed class BoundedConnectionRetry(TimeProvider time) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private readonly long _started = time.GetTimestamp();

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (time.GetElapsedTime(_started) >= ClusterAddress.ConnectTimeout)
        {
            return false;
        }

        await Task.Delay(Pause, time, cancellationToken);
        return true;
    }
}
