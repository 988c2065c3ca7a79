namespace InfluenceSim.Models.Catalogue;

/// <summary>The models a process knows, keyed by kind: the built-in ones and those its program added (docs/extending.md).</summary>
public sealed class ModelRegistry
{
    private readonly Dictionary<string, ModelDefinition> _byKind;

    /// <summary>A registry of <paramref name="definitions"/>, in that order; two models of one kind are an error.</summary>
    public ModelRegistry(IEnumerable<ModelDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        All = [.. definitions];
        _byKind = new Dictionary<string, ModelDefinition>(StringComparer.Ordinal);
        foreach (var definition in All)
        {
            if (!_byKind.TryAdd(definition.Kind, definition))
            {
                throw new ArgumentException($"two models have the kind '{definition.Kind}' ({_byKind[definition.Kind].GetType().FullName} and {definition.GetType().FullName})", nameof(definitions));
            }
        }
    }

    /// <summary>The built-in models only.</summary>
    public static ModelRegistry BuiltIn { get; } = new(ModelCatalogue.Definitions);

    /// <summary>Every model, built-in ones first, in the order <c>models</c> prints them.</summary>
    public IReadOnlyList<ModelDefinition> All { get; }

    /// <summary>Every kind a scenario may name.</summary>
    public IEnumerable<string> Kinds => All.Select(m => m.Kind);

    /// <summary>This registry with <paramref name="added"/> after its models.</summary>
    public ModelRegistry With(params IEnumerable<ModelDefinition> added) => new([.. All, .. added]);

    /// <summary>The model of <paramref name="kind"/>, or null.</summary>
    public ModelDefinition? Find(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>The model of <paramref name="kind"/>; an unknown kind names the known ones.</summary>
    public ModelDefinition Get(string kind) =>
        Find(kind) ?? throw new KeyNotFoundException($"no model of kind '{kind}' is registered here (known: {string.Join(", ", Kinds)}); a model written outside InfluenceSim must be added with AddInfluenceSimModel on every silo and on the runner (docs/extending.md)");
}
