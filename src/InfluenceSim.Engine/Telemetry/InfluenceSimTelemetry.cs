using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InfluenceSim.Engine.Telemetry;

/// <summary>
/// The run's OpenTelemetry-ready instruments: an <see cref="ActivitySource"/> and a <see cref="Meter"/>
/// both named <see cref="Name"/> (a span per run and per round; counters of rounds, exposures and
/// adoptions; a histogram of round durations). No node ids are used as tags.
/// </summary>
public sealed class InfluenceSimTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "InfluenceSim";

    public const string RunActivity = "influencesim.run";
    public const string RoundActivity = "influencesim.round";
    public const string RoundsCounter = "influencesim.rounds";
    public const string ExposuresCounter = "influencesim.exposures";
    public const string AdoptionsCounter = "influencesim.adoptions";
    public const string RoundDurationHistogram = "influencesim.round.duration";

    /// <summary>The activity source (activity sources are not created through a factory).</summary>
    public static readonly ActivitySource Source = new(Name);

    public InfluenceSimTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        Rounds = meter.CreateCounter<long>(RoundsCounter, "{round}", "Rounds (steps) run, all replicates together.");
        Exposures = meter.CreateCounter<long>(ExposuresCounter, "{exposure}", "Exposures delivered to nodes.");
        Adoptions = meter.CreateCounter<long>(AdoptionsCounter, "{adoption}", "Adoptions, seeds included.");
        RoundDuration = meter.CreateHistogram<double>(RoundDurationHistogram, "s", "Wall time of one round.");
    }

    public Counter<long> Rounds { get; }

    public Counter<long> Exposures { get; }

    public Counter<long> Adoptions { get; }

    public Histogram<double> RoundDuration { get; }
}
