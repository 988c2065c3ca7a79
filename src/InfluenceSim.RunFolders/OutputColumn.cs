namespace InfluenceSim.RunFolders;

/// <summary>A column of an output table: its name (the CSV header field), its type, and whether its cells may be null (empty in CSV).</summary>
/// <param name="Name">The column's name, the same in CSV and Parquet, e.g. <c>adopted_fraction</c> or <c>seeding.strategy</c>.</param>
/// <param name="Type">The type of its cells.</param>
/// <param name="Nullable">Whether a cell may be null: an empty CSV field, a Parquet null.</param>
public sealed record OutputColumn(string Name, ColumnType Type, bool Nullable = false)
{
    /// <summary>A column of integers that are never null.</summary>
    public static OutputColumn Integer(string name) => new(name, ColumnType.Integer);

    /// <summary>A column of doubles, null where <paramref name="nullable"/> allows it.</summary>
    public static OutputColumn Real(string name, bool nullable = false) => new(name, ColumnType.Real, nullable);

    /// <summary>A column of texts that are never null.</summary>
    public static OutputColumn Text(string name) => new(name, ColumnType.Text);

    /// <summary>
    /// The columns a header line names, in order: each a <paramref name="type"/> column, nullable when
    /// <paramref name="nullable"/> names it, unless <paramref name="declared"/> declares it.
    /// </summary>
    /// <exception cref="ArgumentException">A declared or nullable column is not in the header.</exception>
    public static OutputColumn[] FromHeader(string header, ColumnType type, IReadOnlyCollection<string>? nullable = null, params OutputColumn[] declared)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(declared);
        string[] names = header.Split(',');
        if (declared.Select(c => c.Name).Concat(nullable ?? []).FirstOrDefault(name => !names.Contains(name, StringComparer.Ordinal)) is { } stray)
        {
            throw new ArgumentException($"column '{stray}' is not in the header '{header}'", nameof(declared));
        }

        return [.. names.Select(name => declared.FirstOrDefault(c => c.Name == name) ?? new OutputColumn(name, type, nullable?.Contains(name) ?? false))];
    }

    /// <summary>
    /// A key column (a swept or compared scenario value) holding <paramref name="values"/>: doubles when every non-empty
    /// value is a number, so that a key's type does not depend on whether its values happen to be whole (a sweep over
    /// 0 and 1 and one over 0.5 and 1 both give DOUBLE), else text; nullable when a value is empty.
    /// </summary>
    public static OutputColumn Key(string name, IReadOnlyList<string> values)
    {
        var inferred = Infer(name, values);
        return inferred.Type == ColumnType.Integer ? inferred with { Type = ColumnType.Real } : inferred;
    }

    /// <summary>
    /// The column that holds <paramref name="values"/> (CSV fields, unquoted), typed by them: integers when every
    /// non-empty value reads as one, else doubles when every one reads as a number, else text; nullable when a
    /// value is empty. A column without a non-empty value is text.
    /// </summary>
    public static OutputColumn Infer(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => v.Length > 0).ToList();
        var type = present.Count == 0 ? ColumnType.Text
            : present.TrueForAll(v => Cell.CanParse(v, ColumnType.Integer)) ? ColumnType.Integer
            : present.TrueForAll(v => Cell.CanParse(v, ColumnType.Real)) ? ColumnType.Real
            : ColumnType.Text;
        return new OutputColumn(name, type, present.Count < values.Count);
    }
}
