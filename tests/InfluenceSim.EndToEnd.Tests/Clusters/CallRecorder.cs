namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>Records every call to a grain with an integer key that a silo receives in <see cref="CallLog"/>, then runs it.</summary>
public sealed class CallRecorder : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetId.TryGetIntegerKey(out long key, out string? extension))
        {
            var argument = context.Request.GetArgumentCount() > 0 ? context.Request.GetArgument(0) : null;
            CallLog.Add(new GrainCall(key, extension, context.TargetContext.Address.SiloAddress?.ToParsableString() ?? "", argument));
        }

        return context.Invoke();
    }
}
