using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks <c>outputs:</c> (the opt-in outputs: <c>events</c>, <c>nodes</c>) and <c>events-cap</c>.</summary>
internal sealed class OutputsValidator(ProblemList problems, ValueChecker values)
{
    /// <summary>The list's key in a scenario.</summary>
    public const string Key = "outputs";

    /// <summary>The root key of the interaction stream's cap.</summary>
    public const string CapKey = "events-cap";

    /// <summary>The output that records the interaction stream.</summary>
    public const string Events = "events";

    /// <summary>The output that records the per-node table.</summary>
    public const string Nodes = "nodes";

    /// <summary>The largest <c>events-cap</c>.</summary>
    public const long MaxCap = 100_000_000;

    private static readonly string[] Outputs = [Events, Nodes];

    /// <summary>Whether the last list validated asked for the per-node table.</summary>
    public bool RecordNodes { get; private set; }

    /// <summary>The interaction stream's options (off when <c>outputs</c> lacks events), or null when a problem was found.</summary>
    public EventsOptions? Validate(BlockReader root)
    {
        int before = problems.Count;
        bool events = false;
        var node = root.Value(Key);
        if (node is SequenceNode list)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < list.Items.Count; i++)
            {
                string? output = values.Choice(list.Items[i], $"{Key}[{i}]", Outputs);
                if (output is not null && !seen.Add(output))
                {
                    problems.Add(list.Items[i].Location, $"'{Key}[{i}]' repeats output {output}");
                }
            }

            events = seen.Contains(Events);
            RecordNodes = seen.Contains(Nodes);
        }
        else if (node is not null)
        {
            values.Report(node, Key, $"a list of outputs ({string.Join(", ", Outputs)})");
        }

        var capEntry = root.Entry(CapKey);
        long? cap = capEntry is null ? EventsOptions.DefaultCap : values.Integer(capEntry.Value, CapKey, $"an integer from 1 to {MaxCap}", c => c is >= 1 and <= MaxCap);
        if (capEntry is not null && !events && problems.Count == before)
        {
            problems.Add(capEntry.Key.Location, $"'{CapKey}' caps the interaction stream, which is recorded only with '{Key}: [{Events}]'");
        }

        if (problems.Count != before || cap is null)
        {
            return null;
        }

        return events ? new EventsOptions(true, cap.Value) : EventsOptions.Off;
    }
}
