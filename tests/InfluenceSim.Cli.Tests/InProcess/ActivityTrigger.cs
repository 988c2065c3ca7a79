using System.Diagnostics;
using InfluenceSim.Engine.Telemetry;

namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>Cancels a token when InfluenceSim starts its <paramref name="occurrence"/>-th activity named <paramref name="operation"/>.</summary>
public sealed class ActivityTrigger : IDisposable
{
    private readonly ActivityListener _listener;
    private int _seen;

    public ActivityTrigger(string operation, int occurrence, CancellationTokenSource cancel)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == InfluenceSimTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity =>
            {
                if (activity.OperationName == operation && Interlocked.Increment(ref _seen) == occurrence)
                {
                    cancel.Cancel();
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>How many activities named as asked have started.</summary>
    public int Seen => Volatile.Read(ref _seen);

    public void Dispose() => _listener.Dispose();
}
