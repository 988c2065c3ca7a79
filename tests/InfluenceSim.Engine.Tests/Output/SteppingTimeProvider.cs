namespace InfluenceSim.Engine.Tests.Output;

/// <summary>Fake time: a fixed wall clock, and a timestamp that advances by a fixed step on every read.</summary>
internal sealed class SteppingTimeProvider(DateTimeOffset now, TimeSpan step) : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => now;

    public override long GetTimestamp() => Interlocked.Add(ref ticks, step.Ticks) - step.Ticks;
}
