using System.Globalization;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Cli.Traffic;

/// <summary>
/// The lines <c>bench</c> prints about the network traffic of its runs: on a cluster, a markdown table with, per run, a
/// row per silo, the silos together (the cross-silo traffic) and the runner; on the embedded silo, that there is none.
/// </summary>
internal static class TrafficTable
{
    /// <summary>What an embedded run prints: nothing it sends leaves its process.</summary>
    public const string Embedded = "network traffic: none, no cross-silo bytes: one embedded silo with the runner in its process, no message is sent over a connection (bench --cluster URI measures it per silo)";

    /// <summary>The table's title, header and rows for <paramref name="runs"/>.</summary>
    public static IEnumerable<string> Lines(IEnumerable<RunTraffic> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        yield return "network traffic per run (bytes: Orleans' orleans-messaging-sent-messages-size, each message sent over a connection with its header; the silos' bytes to silos are the cross-silo traffic):";
        yield return "| replicates | rounds | sender | messages to silos | bytes to silos | bytes to silos per round | bytes to silos per replicate | messages to the runner | bytes to the runner |";
        yield return "|---|---|---|---|---|---|---|---|---|";
        foreach (var run in runs)
        {
            foreach (var silo in run.Sent.Silos.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                yield return Row(run, $"silo {silo.Key}", silo.Value, toRunner: true);
            }

            yield return Row(run, "all silos", run.Sent.AllSilos, toRunner: true);
            yield return Row(run, "runner", run.Sent.Runner, toRunner: false);
        }
    }

    private static string Row(RunTraffic run, string sender, SentTraffic sent, bool toRunner) =>
        $"| {N(run.Replicates)} | {N(run.Rounds)} | {sender} | {N(sent.MessagesToSilos)} | {N(sent.BytesToSilos)} | {N(Per(sent.BytesToSilos, run.Rounds))} | {N(Per(sent.BytesToSilos, run.Replicates))} | {(toRunner ? N(sent.MessagesToClients) : "")} | {(toRunner ? N(sent.BytesToClients) : "")} |";

    private static double Per(long bytes, int count) => count > 0 ? (double)bytes / count : 0;

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
