using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary><c>silo --dashboard PORT</c> serves the Orleans dashboard on loopback and logs its address, or fails naming the option when the port is taken; without the option the silo listens on its silo and gateway ports only.</summary>
[Collection(SiloClusterCollection.Name)]
public sealed class DashboardTests(SiloCluster cluster)
{
    [Fact]
    public async Task A_silo_with_dashboard_serves_it_on_loopback_and_logs_its_url()
    {
        cluster.Require();
        int port = FreePorts.Take(1)[0];
        string url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/");
        await using var silo = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, "dashboard", options: ["--dashboard", Text(port)]);
        await silo.Process.WaitForLineAsync($"Dashboard at {url}");

        using var http = new HttpClient { Timeout = ChildProcess.Guard };
        using var response = await http.GetAsync(new Uri(url), TestContext.Current.CancellationToken);
        string page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", page, StringComparison.Ordinal);
        Assert.Equal(new[] { silo.SiloPort, silo.GatewayPort, port }.Order(), ListeningPorts.Of(silo.Process.Id));
    }

    [Fact]
    public async Task A_taken_port_fails_naming_the_option_before_joining()
    {
        cluster.Require();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;
            int[] ports = FreePorts.Take(2);

            var outcome = await CliProcess.RunAsync(cluster.Temp.Path, ["silo", "--cluster", cluster.Redis.Uri, "--cluster-id", "dashboard-taken", "--silo-port", Text(ports[0]), "--gateway-port", Text(ports[1]), "--dashboard", Text(port)]);

            Assert.True(outcome.ExitCode == 1, outcome.ToString());
            Assert.Equal($"influencesim: --dashboard {port}: cannot listen on http://127.0.0.1:{port}/: Address already in use", Assert.Single(outcome.ErrorLines));
            Assert.DoesNotContain("joined cluster", outcome.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task A_silo_without_the_option_has_no_dashboard()
    {
        cluster.Require();
        await using var silo = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, "no-dashboard");

        Assert.Equal(new[] { silo.SiloPort, silo.GatewayPort }.Order(), ListeningPorts.Of(silo.Process.Id));
        Assert.DoesNotContain("Dashboard at", silo.Process.Output, StringComparison.Ordinal);
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
