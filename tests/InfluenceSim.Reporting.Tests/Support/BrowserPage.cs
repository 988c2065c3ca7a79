namespace InfluenceSim.Reporting.Tests.Support;

/// <summary>What headless Chromium made of a page: its exit code, the DOM it serialised, and every console message the page logged.</summary>
public sealed record BrowserPage(int ExitCode, string Dom, IReadOnlyList<string> ConsoleMessages, string Log)
{
    public override string ToString() => $"exit {ExitCode}\n--- console ---\n{string.Join('\n', ConsoleMessages)}\n--- log ---\n{Log}";
}
