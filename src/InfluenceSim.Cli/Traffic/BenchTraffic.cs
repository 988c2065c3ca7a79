using InfluenceSim.Cli.Hosting;

namespace InfluenceSim.Cli.Traffic;

/// <summary>
/// <c>bench</c>'s account of its runs' network traffic: on a cluster it reads every silo's and the runner's sent
/// messages before and after each run and counts the run's rounds; on the embedded silo it only says there is none.
/// </summary>
internal sealed class BenchTraffic(TrafficReader? reader) : IDisposable
{
    private readonly List<RunTraffic> _runs = [];
    private TrafficReading? _before;

    /// <summary>The account for <paramref name="session"/>: measured on an external cluster, none on the embedded silo.</summary>
    public static BenchTraffic For(ClusterSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(session.External ? TrafficReader.For(session.Grains, session.Services) : null);
    }

    /// <summary>Reads the counts before a run; the counter returned is to be given the run as its progress.</summary>
    public async Task<RoundCounter> BeginAsync()
    {
        _before = reader is null ? null : await reader.ReadAsync();
        return new RoundCounter();
    }

    /// <summary>Reads the counts after the run of <paramref name="replicates"/> replicates and keeps what it sent.</summary>
    public async Task EndAsync(int replicates, RoundCounter rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        if (reader is not null && _before is not null)
        {
            _runs.Add(new RunTraffic(replicates, rounds.Rounds, (await reader.ReadAsync()).Since(_before)));
        }
    }

    /// <summary>The lines to print once every run is done.</summary>
    public IEnumerable<string> Lines() => reader is null ? [TrafficTable.Embedded] : TrafficTable.Lines(_runs);

    public void Dispose() => reader?.Dispose();
}
