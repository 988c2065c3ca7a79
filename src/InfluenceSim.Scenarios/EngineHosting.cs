namespace InfluenceSim.Scenarios;

/// <summary>How a run hosts its nodes: one grain per person, or many people per partition grain; never changes a result.</summary>
public enum EngineHosting
{
    /// <summary>One node grain per person (the default); the partition grain is its silo's post office.</summary>
    NodeGrains,

    /// <summary>The partition grain runs its nodes' agents itself over compact arrays.</summary>
    Blocks,
}
