using System.Collections;
using System.Reflection;

namespace InfluenceSim.RunFolders;

/// <summary>
/// Finds a null item in a list of a record read from JSON where the list's items may not be null:
/// System.Text.Json checks the nullability of properties, not of the items of a list.
/// </summary>
internal static class NullItems
{
    private const int MaxDepth = 16;

    /// <summary>The JSON path (<c>$.Replicates[0]</c>) of the first forbidden null item in <paramref name="record"/>, or null when there is none.</summary>
    public static string? Find(object record) => Find(record, "$", new NullabilityInfoContext(), 0);

    private static string? Find(object value, string path, NullabilityInfoContext context, int depth)
    {
        var type = value.GetType();
        if (depth > MaxDepth || type.Namespace?.StartsWith("InfluenceSim", StringComparison.Ordinal) != true)
        {
            return null;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetValue(value) is not { } child)
            {
                continue;
            }

            string at = $"{path}.{property.Name}";
            string? found = child is IEnumerable items and not string
                ? InList(items, ItemsMayBeNull(context.Create(property)), at, context, depth)
                : Find(child, at, context, depth + 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static string? InList(IEnumerable items, bool mayBeNull, string path, NullabilityInfoContext context, int depth)
    {
        int index = 0;
        foreach (object? item in items)
        {
            string at = $"{path}[{index}]";
            if (item is null && !mayBeNull)
            {
                return at;
            }

            if (item is not null && Find(item, at, context, depth + 1) is { } found)
            {
                return found;
            }

            index++;
        }

        return null;
    }

    private static bool ItemsMayBeNull(NullabilityInfo list) =>
        list.ElementType?.ReadState == NullabilityState.Nullable || list.GenericTypeArguments is [{ ReadState: NullabilityState.Nullable }];
}
