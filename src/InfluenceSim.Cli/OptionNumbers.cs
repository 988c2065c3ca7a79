using System.Globalization;
using System.Reflection;
using InfluenceSim.Scenarios;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli;

/// <summary>
/// Checks the value of every numeric option of a verb (found on its settings type) before the
/// command line is bound, so that a value that is not a number of the option's type, or is out of
/// its range, is a usage error that names the option and says what was expected.
/// </summary>
internal static class OptionNumbers
{
    /// <summary>The first problem with a numeric option of <paramref name="settings"/> in <paramref name="args"/>, or null.</summary>
    public static string? Check(IReadOnlyList<string> args, Type settings)
    {
        var numeric = NumericOptions(settings);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            int separator = arg.IndexOfAny(['=', ':']);
            string name = separator < 0 ? arg : arg[..separator];
            if (!numeric.TryGetValue(name, out var type))
            {
                continue;
            }

            string? value = separator >= 0 ? arg[(separator + 1)..] : i + 1 < args.Count ? args[++i] : null;
            if (value is not null && Expected(value, type) is { } expected)
            {
                return $"{name}: expected {expected}, found {EchoedValue.Quote(value)}";
            }
        }

        return null;
    }

    /// <summary>What <paramref name="type"/> (int, long or double) needs, when <paramref name="value"/> is not one; null when it is.</summary>
    private static string? Expected(string value, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (type == typeof(int))
        {
            return int.TryParse(value, NumberStyles.Integer, invariant, out _) ? null : Whole(int.MinValue, int.MaxValue);
        }

        if (type == typeof(long))
        {
            return long.TryParse(value, NumberStyles.Integer, invariant, out _) ? null : Whole(long.MinValue, long.MaxValue);
        }

        return double.TryParse(value, NumberStyles.Float, invariant, out double number) && double.IsFinite(number) ? null : "a finite number such as 0.15";
    }

    private static string Whole(long min, long max) => string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");

    /// <summary>Each long name (<c>--nodes</c>) of a numeric option of <paramref name="settings"/>, with its number type.</summary>
    private static Dictionary<string, Type> NumericOptions(Type settings)
    {
        var options = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option && (type == typeof(int) || type == typeof(long) || type == typeof(double)))
            {
                foreach (string longName in option.LongNames)
                {
                    options[$"--{longName}"] = type;
                }
            }
        }

        return options;
    }
}
