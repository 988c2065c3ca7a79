using System.Diagnostics;

namespace InfluenceSim.Reporting.Tests.Recipes;

/// <summary>
/// A program from a Debian package that a recipe runs in (Python with pandas, R). Without it the test is skipped and
/// says how to install it, except under CI=true, where it fails: <c>.ci/run</c> installs it.
/// </summary>
public sealed record DebianTool(string Executable, string Package, string Probe)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static DebianTool Pandas { get; } = new("/usr/bin/python3", "python3-pandas", "-c|import pandas");

    public static DebianTool R { get; } = new("/usr/bin/Rscript", "r-base-core", "--version");

    /// <summary>Skips the test (or fails it under CI=true) when the program or its library is missing.</summary>
    public async Task RequireAsync()
    {
        if (File.Exists(Executable) && (await RunAsync(Probe.Split('|'))).ExitCode == 0)
        {
            return;
        }

        Assert.False(
            Environment.GetEnvironmentVariable("CI") == "true",
            $"CI=true but {Executable} (Debian's {Package}) is missing: .ci/run installs it before the tests");
        Assert.Skip($"{Executable} (Debian's {Package}) is not installed, so this recipe is not run (apt-get install -y --no-install-recommends {Package})");
    }

    /// <summary>Runs the program with <paramref name="args"/> and returns its exit code and output; a hung program is killed.</summary>
    public Task<CliOutcome> RunAsync(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return BoundedProcess.RunAsync(start, Timeout, Executable);
    }
}
