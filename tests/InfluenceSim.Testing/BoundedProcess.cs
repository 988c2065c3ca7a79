using System.Diagnostics;

namespace InfluenceSim.Testing;

/// <summary>Runs a child process to its end with its output captured, killing it (and its children) when it outlives a timeout.</summary>
public static class BoundedProcess
{
    /// <summary>Starts <paramref name="start"/> (its output redirected), waits for it, and returns its exit code and output; <paramref name="name"/> says what hung.</summary>
    public static async Task<CliOutcome> RunAsync(ProcessStartInfo start, TimeSpan timeout, string name)
    {
        ArgumentNullException.ThrowIfNull(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {name}");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{name} did not exit within {timeout}; it was killed");
        }

        return new CliOutcome(process.ExitCode, await stdout, await stderr);
    }
}
