namespace InfluenceSim.Abstractions.Messages;

/// <summary>A <see cref="StepReport"/> as it crosses silos: the filled part of each of its arrays.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-report-surrogate")]
public readonly record struct StepReportSurrogate(
    [property: Id(0)] NodeAdoption[] Adoptions, [property: Id(1)] int[] Rejections,
    [property: Id(2)] NodeSending[] Sendings, [property: Id(3)] Addressed[] Letters,
    [property: Id(4)] ReceivedEvents? Events);

/// <summary>Converts a <see cref="StepReport"/> to and from its <see cref="StepReportSurrogate"/> for Orleans' serializer.</summary>
[RegisterConverter]
public sealed class StepReportConverter : IConverter<StepReport, StepReportSurrogate>
{
    public StepReport ConvertFromSurrogate(in StepReportSurrogate surrogate) => StepReport.From(surrogate);

    public StepReportSurrogate ConvertToSurrogate(in StepReport value) =>
        new(value.Adoptions.ToArray(), value.Rejections.ToArray(), value.Sendings.ToArray(), value.Letters.ToArray(), value.Events);
}
