using System.Diagnostics;

namespace InfluenceSim.Reporting.Tests.Support;

/// <summary>Debian's Chromium, run headless on a fresh profile with nothing that reaches the network, to render a page and dump its DOM.</summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>A hung browser is killed after this long.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>Loads <paramref name="htmlFile"/>, waits for it to render, and returns the serialised DOM and the page's console messages.</summary>
    public static async Task<BrowserPage> DumpDomAsync(string htmlFile)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile.Path}", "--enable-logging=stderr", "--v=0",
            "--dump-dom", new Uri(htmlFile).AbsoluteUri,
        ];
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var outcome = await BoundedProcess.RunAsync(start, Timeout, $"chromium rendering {htmlFile}");
        string log = outcome.Stderr;
        var console = log.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal) || line.Contains("Uncaught", StringComparison.Ordinal)).ToList();
        return new BrowserPage(outcome.ExitCode, outcome.Stdout, console, log);
    }
}
