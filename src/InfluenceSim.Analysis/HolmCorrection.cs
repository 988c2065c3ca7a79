namespace InfluenceSim.Analysis;

/// <summary>
/// Holm's step-down correction of a family of p-values (Holm, "A simple sequentially rejective multiple test
/// procedure", Scandinavian Journal of Statistics 6, 1979); R's <c>p.adjust(p, "holm")</c>.
/// </summary>
public static class HolmCorrection
{
    /// <summary>
    /// With the m defined p-values sorted, p(1) ≤ ... ≤ p(m), the corrected p(i) is max over j ≤ i of
    /// min(1, (m - j + 1) · p(j)); each is returned in its input position. An undefined (null) p-value is not part
    /// of the family and stays null. Equal p-values keep their input order, so the result does not depend on sorting.
    /// </summary>
    public static double?[] Adjust(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var family = pValues.Select((p, i) => (P: p, Index: i)).Where(x => x.P is not null).OrderBy(x => x.P).ThenBy(x => x.Index).ToList();
        var adjusted = new double?[pValues.Count];
        double running = 0;
        for (int j = 0; j < family.Count; j++)
        {
            running = Math.Max(running, Math.Min(1, (family.Count - j) * family[j].P!.Value));
            adjusted[family[j].Index] = running;
        }

        return adjusted;
    }
}
