using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>Every message delivered at one step, by receiver, in the order delivered.</summary>
public sealed class OracleInbox(int nodes)
{
    private readonly List<OracleMessage>[] byReceiver = [.. Enumerable.Range(0, nodes).Select(_ => new List<OracleMessage>())];

    public void Add(OracleMessage message) => byReceiver[message.To].Add(message);

    public IReadOnlyList<OracleMessage> To(int node) => byReceiver[node];

    /// <summary>How many messages delivered to <paramref name="node"/> act against the product.</summary>
    public int Negatives(int node) => byReceiver[node].Count(m => m.ActsNegatively);

    /// <summary>The greatest persuasion among the positive broadcasts reaching <paramref name="node"/>, or 0.</summary>
    public double Persuasion(int node) =>
        byReceiver[node].Where(m => m.Kind == MessageKind.Broadcast && m.Valence == Valence.Positive).Select(m => m.Persuasion).DefaultIfEmpty(0).Max();

    /// <summary>The campaign number of the positive broadcast of greatest persuasion (lowest number among equals), or -1.</summary>
    public int StrongestBroadcast(int node) =>
        byReceiver[node].Where(m => m.Kind == MessageKind.Broadcast && m.Valence == Valence.Positive)
            .OrderByDescending(m => m.Persuasion).ThenBy(m => m.From).Select(m => m.From).DefaultIfEmpty(-1).First();

    /// <summary>The lowest id of a prescriber whose positive prescription landed on <paramref name="node"/>, or -1.</summary>
    public int LowestPositivePrescriber(int node) =>
        byReceiver[node].Where(m => m.Kind == MessageKind.Prescription && m.ActsPositively).Select(m => m.From).DefaultIfEmpty(-1).Min();
}
