using System.Diagnostics;
using InfluenceSim.Engine.Telemetry;

namespace InfluenceSim.Cli.Tests.InProcess;

/// <summary>Cancels a token when InfluenceSim's n-th activity of a given name (a run or a round) starts or stops.</summary>
public sealed class ActivityTrigger : IDisposable
{
    private readonly ActivityListener _listener;
    private int _seen;

    public ActivityTrigger(string operation, ActivityMoment moment, int occurrence, CancellationTokenSource cancel)
    {
        void Observe(Activity activity)
        {
            if (activity.OperationName == operation && Interlocked.Increment(ref _seen) == occurrence)
            {
                cancel.Cancel();
            }
        }

        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == InfluenceSimTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = moment == ActivityMoment.Start ? Observe : null,
            ActivityStopped = moment == ActivityMoment.Stop ? Observe : null,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>How many activities of the name have started or stopped (the moment asked for).</summary>
    public int Seen => Volatile.Read(ref _seen);

    public void Dispose() => _listener.Dispose();
}
