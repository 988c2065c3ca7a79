using System.Reflection;
using System.Runtime.CompilerServices;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// Compiles the block loop's code on a worker thread while the partition's nodes join, so the first
/// step does not wait on the JIT (the CLI runs without tiered compilation: each method is compiled
/// once, fully optimised, at its first call, and compiling it earlier gives the same code). The
/// methods are found by reflection: every method and constructor of the run's block type and its
/// bases, and of the loop's own types.
/// </summary>
internal static class LoopPrecompiler
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>The loop's types beside the model's block: the per-node step, the router and what it fills.</summary>
    private static readonly Type[] LoopTypes =
        [typeof(BlockHosting), typeof(NodeStep), typeof(MailSorter), typeof(ReplicateBlocks), typeof(StepRouter), typeof(StepTallies), typeof(PartitionLedger), typeof(MailBuffer), typeof(OutgoingMail), typeof(Outbox), typeof(Draws), typeof(PopulationTraits)];

    /// <summary>Starts compiling, in the background, the loop that runs blocks of <paramref name="model"/>.</summary>
    public static Task StartAsync(AdoptionModel model) => Task.Run(() =>
    {
        foreach (var type in BlockTypes(model).Concat(LoopTypes))
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                if (!method.IsAbstract && !method.ContainsGenericParameters)
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                }
            }
        }
    });

    /// <summary>The type of the model's blocks (found from a block of no node) and its bases.</summary>
    private static IEnumerable<Type> BlockTypes(AdoptionModel model)
    {
        var empty = new NodeTies(0, new[] { 0 }, Array.Empty<int>(), ReadOnlyMemory<double>.Empty, new[] { 0 }, Array.Empty<int>(), ReadOnlyMemory<double>.Empty);
        for (var type = model.CreateBlock(0, empty, new Draws(0), FixedValueTable.None, 1, 0).GetType(); type != typeof(object); type = type.BaseType!)
        {
            yield return type;
        }
    }
}
