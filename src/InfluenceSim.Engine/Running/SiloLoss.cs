using System.Globalization;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Watches Orleans' membership during an attempt of a run: which of the silos the attempt started
/// on have been declared dead since (docs/cluster.md "When a silo dies"). Calls to a lost silo are
/// not relied on to fail: they may wait for the whole response timeout.
/// </summary>
internal static class SiloLoss
{
    /// <summary>
    /// A test hook (docs/safety.md "Test hooks"), inert unless set: a whole number of seconds that replaces <see cref="Wait"/>'s
    /// 90 s, so that a test that loses every silo need not wait it out. Orleans' membership settings are not touched.
    /// </summary>
    public const string WaitVariable = "INFLUENCESIM_TEST_SILO_LOSS_WAIT";

    /// <summary>Longer than Orleans' default death declaration (missed probes and votes take up to about 30 s on a busy machine).</summary>
    public static readonly TimeSpan Wait = TestWait() ?? TimeSpan.FromSeconds(90);

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <summary>The cluster's active silos now.</summary>
    public static async Task<IReadOnlyList<SiloAddress>> ActiveAsync(IGrainFactory grains) =>
        [.. (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Keys];

    /// <summary>
    /// Completes with the silos of <paramref name="before"/> membership has declared dead, once
    /// there is one; throws <see cref="SilosLostException"/> naming them and <paramref name="lostEarlier"/>
    /// (the silos earlier attempts lost) when the cluster has not answered for <see cref="Wait"/> (every silo gone).
    /// </summary>
    public static async Task<IReadOnlyList<SiloAddress>> WatchAsync(IGrainFactory grains, IReadOnlyList<SiloAddress> before, IEnumerable<SiloAddress> lostEarlier, CancellationToken cancellationToken)
    {
        var answered = DateTime.UtcNow;
        while (true)
        {
            try
            {
                var active = (await ActiveAsync(grains).WaitAsync(Poll * 10, cancellationToken)).ToHashSet();
                var gone = before.Where(s => !active.Contains(s)).ToArray();
                if (gone.Length > 0)
                {
                    return gone;
                }

                answered = DateTime.UtcNow;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow - answered > Wait)
                {
                    throw new SilosLostException($"every silo of the cluster was lost ({Names(lostEarlier.Concat(before).Distinct())})", e);
                }
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>The silos' addresses, comma-separated.</summary>
    public static string Names(IEnumerable<SiloAddress> silos) => string.Join(", ", silos.Select(s => s.ToParsableString()));

    /// <summary>The seconds <see cref="WaitVariable"/> holds, when it holds a whole number from 1 up.</summary>
    private static TimeSpan? TestWait() =>
        int.TryParse(Environment.GetEnvironmentVariable(WaitVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
