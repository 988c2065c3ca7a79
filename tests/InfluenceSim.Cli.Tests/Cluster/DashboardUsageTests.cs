namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary><c>silo --dashboard</c> with something that is not a usable port: exit 2 naming the option.</summary>
public sealed class DashboardUsageTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("65536")]
    public async Task An_invalid_port_is_bad_usage_naming_the_option(string port)
    {
        using var temp = new TempFolder();

        var outcome = await CliProcess.RunAsync(temp.Path, ["silo", "--cluster", "redis://127.0.0.1:6379", "--dashboard", port]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal($"influencesim: --dashboard: expected a port in 1..65535 other than --silo-port and --gateway-port, found '{port}'", Assert.Single(outcome.ErrorLines));
    }
}
