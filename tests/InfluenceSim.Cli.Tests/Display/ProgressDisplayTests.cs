using InfluenceSim.Cli.Display;
using InfluenceSim.Engine.Running;
using Microsoft.Extensions.Time.Testing;

namespace InfluenceSim.Cli.Tests.Display;

/// <summary>The plain progress lines written when standard error is not a terminal, on a fake clock.</summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public async Task A_plain_line_shows_the_mean_adopters_per_replicate_and_the_sweeps_eta()
    {
        var time = new FakeTimeProvider();
        var lines = new SignallingWriter();
        var finish = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new RunProgress("propagation", 3, Adopters: 50, Exposures: 5_000, ActiveReplicates: 2, TimeSpan.FromSeconds(5), ExposuresPerSecond: 1_000)
        {
            Point = 1,
            Points = 4,
            Replicates = 4,
        };

        var display = ProgressDisplay.PlainAsync(
            reporter =>
            {
                reporter.Report(progress);
                return finish.Task;
            },
            lines,
            time);
        time.Advance(ProgressDisplay.PlainEvery);
        string line = await lines.FirstLine.WaitAsync(TestContext.Current.CancellationToken);
        finish.SetResult(7);

        Assert.Equal(7, await display);

        // Share done (1 + 2/4) / 4 = 0.375 after 5 s: 0.075 per second, so 0.625 / 0.075 = 8.3 s left.
        Assert.Equal("point 2/4, ETA 8.3 s, propagation: step 3, mean adopters per replicate 12.5, exposures/s 1,000, active replicates 2, elapsed 5.0 s", line);
    }

    /// <summary>A writer that completes <see cref="FirstLine"/> with the first line written to it.</summary>
    private sealed class SignallingWriter : StringWriter
    {
        private readonly TaskCompletionSource<string> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstLine => _first.Task;

        public override Task WriteLineAsync(string? value)
        {
            _first.TrySetResult(value ?? "");
            return Task.CompletedTask;
        }
    }
}
