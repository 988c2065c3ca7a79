using System.Diagnostics;
using System.Text;

namespace InfluenceSim.Testing;

/// <summary>
/// A long-running process a test started (a silo, a server): its output collected as it comes,
/// waited on for a line, stopped by its id with SIGTERM or SIGKILL, and killed on dispose if still alive.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>How long a test waits for a line or an exit before giving up: generous, never a timed assertion.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Fragment, TaskCompletionSource Seen)> _waiters = [];
    private readonly string _name;

    private ChildProcess(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether it has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything it printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="start"/> (its output must be redirected); <paramref name="name"/> names it in failure messages.</summary>
    public static ChildProcess Start(ProcessStartInfo start, string name)
    {
        ArgumentNullException.ThrowIfNull(start);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process, name);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Exited += (_, _) => child.FailWaiters();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until a line containing <paramref name="fragment"/> has been printed; throws with the output if the process exits first or the guard passes.</summary>
    public async Task WaitForLineAsync(string fragment)
    {
        TaskCompletionSource seen;
        lock (_output)
        {
            if (_output.ToString().Contains(fragment, StringComparison.Ordinal))
            {
                return;
            }

            seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((fragment, seen));
        }

        if (_process.HasExited)
        {
            FailWaiters();
        }

        await seen.Task.WaitAsync(Guard, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends SIGTERM to the process by its id.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Kills the process by its id (SIGKILL).</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits for the process to exit and returns its exit code; throws if the guard passes first.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Guard);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var waiter in _waiters.Where(w => line.Contains(w.Fragment, StringComparison.Ordinal)).ToArray())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    private void FailWaiters()
    {
        lock (_output)
        {
            foreach (var waiter in _waiters)
            {
                waiter.Seen.TrySetException(new InvalidOperationException($"{_name} exited before printing '{waiter.Fragment}'; it printed:\n{_output}"));
            }

            _waiters.Clear();
        }
    }
}
