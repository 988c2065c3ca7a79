using System.Diagnostics;

namespace InfluenceSim.Testing;

/// <summary>Makes a named pipe (FIFO) with the system's <c>mkfifo</c>, a file no reader should ever open.</summary>
public static class Fifo
{
    /// <summary>Creates the named pipe <paramref name="path"/> and returns it.</summary>
    public static async Task<string> CreateAsync(string path)
    {
        var start = new ProcessStartInfo("mkfifo") { UseShellExecute = false };
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start mkfifo");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }

        return process.ExitCode == 0 ? path : throw new InvalidOperationException($"mkfifo {path} exited with {process.ExitCode}");
    }
}
