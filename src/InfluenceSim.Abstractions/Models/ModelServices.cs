using InfluenceSim.Models.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfluenceSim.Abstractions.Models;

/// <summary>Registers models in a process's services: its <see cref="ModelRegistry"/> holds the built-in models and every one added here (docs/extending.md).</summary>
public static class ModelServices
{
    /// <summary>Adds the process's <see cref="ModelRegistry"/> (built-in models and the added ones), once.</summary>
    public static IServiceCollection AddInfluenceSimModels(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => ModelRegistry.BuiltIn.With(provider.GetServices<ModelDefinition>()));
        return services;
    }

    /// <summary>Adds model <typeparamref name="TModel"/>, so that scenarios may name its kind and grains can run it.</summary>
    public static IServiceCollection AddInfluenceSimModel<TModel>(this IServiceCollection services)
        where TModel : ModelDefinition, new()
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelDefinition, TModel>());
        return services.AddInfluenceSimModels();
    }
}
