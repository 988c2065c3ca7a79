namespace InfluenceSim.Reporting.Tests.Support;

/// <summary>Writes run folders by hand: the files the report reads, with contents the tests can work out on paper.</summary>
public static class HandMadeRun
{
    /// <summary>A manifest with a resolved scenario, as <c>influencesim run</c> writes it (abridged).</summary>
    public const string Manifest = """
        {
          "tool": { "name": "influencesim", "version": "0.1.0" },
          "scenario": { "name": "hand-made", "seed": 1, "replicates": 3, "model": { "kind": "independent-cascade", "probability": 0.2 } },
          "seed": 1,
          "replicates": 3,
          "timings": { "network_build": 0.01, "activation": 0.02, "propagation": 0.03, "output": 0.001 },
          "status": "complete"
        }

        """;

    /// <summary>
    /// Three replicates on 10 nodes, no key columns: replicate 0 ends at step 3 with 8 adopters,
    /// replicate 1 at step 1 with 3, replicate 2 at step 2 with 6.
    /// </summary>
    public const string CarryForwardRuns = """
        replicate,seed,adopters,adopted_fraction,steps,exposures
        0,1,8,0.8,3,30
        1,1,3,0.3,1,12
        2,1,6,0.6,2,20

        """;

    /// <summary>The trajectories of <see cref="CarryForwardRuns"/>.</summary>
    public const string CarryForwardTimeseries = """
        replicate,step,new_adopters,adopters,exposures
        0,0,2,2,0
        0,1,2,4,8
        0,2,3,7,10
        0,3,1,8,12
        1,0,2,2,0
        1,1,1,3,8
        2,0,2,2,0
        2,1,3,5,8
        2,2,1,6,12

        """;

    /// <summary>
    /// A compare-seeding run as the engine writes it, with the attribution columns: one replicate of <c>random</c>
    /// and one of <c>top-degree</c> on 10 nodes, each ending at step 1.
    /// </summary>
    public const string AttributionRuns = """
        replicate,seed,adopters,adopted_fraction,steps,exposures,rejected,word_of_mouth_share,broadcast_share,cascade_depth,seeding.strategy
        0,1,5,0.5,1,6,1,0.6666666666666666,0.3333333333333333,1,random
        0,1,6,0.6,1,8,0,1,0,1,top-degree

        """;

    /// <summary>The trajectories of <see cref="AttributionRuns"/>, with adoptions by cause and exposures by kind.</summary>
    public const string AttributionTimeseries = """
        replicate,step,new_adopters,adopters,exposures,cause_seed,cause_broadcast,cause_prescription,cause_social_proof,exposures_social_proof,exposures_prescription,exposures_broadcast,exposures_negative,suppressed,active_prescribers,new_rejected,rejected,seeding.strategy
        0,0,2,2,0,2,0,0,0,0,0,0,0,0,2,0,0,random
        0,1,3,5,6,0,1,1,1,4,1,1,1,0,3,1,1,random
        0,0,2,2,0,2,0,0,0,0,0,0,0,0,2,0,0,top-degree
        0,1,4,6,8,0,0,2,2,6,1,1,0,1,4,0,0,top-degree

        """;

    /// <summary>
    /// A sweep of <c>model.probability</c> (0.2 listed before 0.1) crossed with <c>seeding.strategy</c>,
    /// two replicates per point on 100 nodes, and <c>network.nodes</c> constant.
    /// </summary>
    public const string SweepRuns = """
        replicate,seed,adopters,adopted_fraction,steps,exposures,model.probability,seeding.strategy,network.nodes
        0,1,20,0.2,2,10,0.2,random,100
        1,1,40,0.4,4,10,0.2,random,100
        0,1,50,0.5,3,10,0.2,top-degree,100
        1,1,70,0.7,5,10,0.2,top-degree,100
        0,1,2,0.02,1,10,0.1,random,100
        1,1,4,0.04,1,10,0.1,random,100
        0,1,10,0.1,2,10,0.1,top-degree,100
        1,1,30,0.3,2,10,0.1,top-degree,100

        """;

    /// <summary>The trajectories of <see cref="SweepRuns"/>: two rows per replicate, the seeds then the rest.</summary>
    public static string SweepTimeseries()
    {
        var lines = new List<string> { "replicate,step,new_adopters,adopters,exposures,model.probability,seeding.strategy,network.nodes" };
        foreach (var row in SweepRuns.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
        {
            string[] f = row.Split(',');
            int adopters = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            lines.Add($"{f[0]},0,1,1,0,{f[6]},{f[7]},{f[8]}");
            lines.Add($"{f[0]},1,{adopters - 1},{adopters},10,{f[6]},{f[7]},{f[8]}");
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>A <c>seeding-comparison.csv</c> of random against top-degree seeding.</summary>
    public const string Comparison = """
        strategy,replicates,adopted_fraction_mean,adopted_fraction_ci95_lo,adopted_fraction_ci95_hi,difference_to_random_mean,difference_to_random_ci95_lo,difference_to_random_ci95_hi,influence_multiplier
        random,2,0.3,0.1,0.5,0,0,0,1
        top-degree,2,0.6,0.5,0.7,0.3,0.1,0.5,2

        """;

    /// <summary>Writes a run folder named <paramref name="name"/> in <paramref name="temp"/> and returns its path; <paramref name="comparison"/> goes to <paramref name="comparisonFile"/>.</summary>
    public static string Write(TempFolder temp, string name, string runs, string timeseries, string? manifest = Manifest, string? comparison = null, string comparisonFile = "seeding-comparison.csv")
    {
        ArgumentNullException.ThrowIfNull(temp);
        string folder = temp.Folder(name);
        File.WriteAllText(Path.Combine(folder, "runs.csv"), runs);
        File.WriteAllText(Path.Combine(folder, "timeseries.csv"), timeseries);
        if (manifest is not null)
        {
            File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest);
        }

        if (comparison is not null)
        {
            File.WriteAllText(Path.Combine(folder, comparisonFile), comparison);
        }

        return folder;
    }
}
