namespace InfluenceSim.Scenarios.Generators;

/// <summary>A built-in generator whose summary and keys are given when it is made.</summary>
/// <param name="name">The generator's name.</param>
/// <param name="summary">What it builds, with its source.</param>
/// <param name="parameters">Its keys besides <c>generator</c>, in the documented order.</param>
public abstract class DeclaredGenerator(string name, string summary, IReadOnlyList<GeneratorParameter> parameters) : NetworkGenerator(name)
{
    public override string Summary => summary;

    public override IReadOnlyList<GeneratorParameter> Parameters => parameters;
}
