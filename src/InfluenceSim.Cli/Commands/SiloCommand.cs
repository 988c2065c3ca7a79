using System.Runtime.InteropServices;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Host.Clustering;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary><c>silo</c>: hosts one silo of an external cluster in the foreground until Ctrl-C or SIGTERM, then leaves the cluster cleanly.</summary>
public sealed class SiloCommand : AsyncCommand<SiloSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SiloSettings settings, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stopping.Cancel();
        });
        var target = settings.Target;
        try
        {
            var exporter = OtelOption.Exporter(settings.Otel);
            await SiloProcess.RunAsync(target.Address, target.ClusterId, settings.Endpoints, services => TelemetrySetup.Add(services, exporter, TelemetrySetup.SiloService), exporter != OtelExporter.None, target.Tls, settings.DashboardEndpoint, stopping.Token);
            return ExitCodes.Success;
        }
        catch (IOException e) when (settings.DashboardEndpoint is { } dashboard)
        {
            return ExitCodes.Fail($"--dashboard {dashboard.Port}: cannot listen on {dashboard.Url}: {e.Message}");
        }
        catch (ClusterUnreachableException e)
        {
            return ExitCodes.Fail(e.Message);
        }
    }
}
