using System.Globalization;

namespace InfluenceSim.Cli.Tests.Support;

/// <summary>A run folder's CSV file read back: its header columns and its rows as text cells.</summary>
public sealed record CsvTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static CsvTable Read(string path)
    {
        string[] lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("", lines[^1]);
        return new CsvTable(lines[0].Split(','), [.. lines[1..^1].Select(line => line.Split(','))]);
    }

    /// <summary>The header starts with exactly <paramref name="columns"/>, in order (docs/output.md allows more after them).</summary>
    public void AssertStartsWith(params string[] columns) => Assert.Equal(columns, Columns.Take(columns.Length));

    /// <summary>The integer cells of <paramref name="column"/>, one per row.</summary>
    public string[] Strings(string column) => [.. Rows.Select(row => row[Index(column)])];

    public long[] Longs(string column) => [.. Rows.Select(row => long.Parse(row[Index(column)], CultureInfo.InvariantCulture))];

    /// <summary>The real cells of <paramref name="column"/>, one per row.</summary>
    public double[] Doubles(string column) => [.. Rows.Select(row => double.Parse(row[Index(column)], CultureInfo.InvariantCulture))];

    private int Index(string column)
    {
        int index = Columns.ToList().IndexOf(column);
        return index >= 0 ? index : throw new KeyNotFoundException($"no column '{column}' in {string.Join(',', Columns)}");
    }
}
