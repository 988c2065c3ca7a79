namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// One replicate's value at every step from 0 to a last step, from its time-series rows, which may skip steps and end
/// before the last step (the replicate ended). A running total (adopters) keeps its value over a step without a row; a
/// per-step count (new adopters, adoptions by cause, exposures by kind) is 0 there. This is the rule of every mean
/// curve (<see cref="StepStatistics"/>, the report), and what a pandas <c>ffill</c> of the totals gives (docs/output.md).
/// </summary>
public static class StepSeries
{
    /// <summary>
    /// The values at steps 0 .. <paramref name="lastStep"/> of <paramref name="rows"/> (each a step and its value, in
    /// ascending step order; a later row of the same step wins; rows past the last step are not read); before the first
    /// row a running total is 0.
    /// </summary>
    public static double[] Fill(IEnumerable<(int Step, double Value)> rows, int lastStep, bool runningTotal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = new double[lastStep + 1];
        int filled = 0;
        double carried = 0;
        foreach (var (step, value) in rows.TakeWhile(row => row.Step <= lastStep))
        {
            for (; filled < step; filled++)
            {
                values[filled] = runningTotal ? carried : 0;
            }

            values[step] = value;
            filled = step + 1;
            carried = value;
        }

        for (; filled <= lastStep; filled++)
        {
            values[filled] = runningTotal ? carried : 0;
        }

        return values;
    }
}
