namespace InfluenceSim.Models.Agents;

/// <summary>The prescriber role of a block's nodes (docs/architecture.md "Roles"): a node recommends to its ties.</summary>
public interface IPrescriberRole
{
    /// <summary>Whether node <paramref name="index"/> prescribes at <paramref name="step"/> of a replicate.</summary>
    bool PrescribesAt(int index, int replicate, int step);

    /// <summary>
    /// Recommends at <paramref name="step"/> of a replicate, while it prescribes: one prescription per
    /// out-tie (for or against the product as it is satisfied or not), suppressed by the brand or
    /// not, landing or not; and says whether the brand relays its positive word.
    /// </summary>
    void Prescribe(int index, int replicate, int step, Outbox outbox);
}
