using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Architecture;

/// <summary>
/// The projects of <c>src/</c> reference each other one way only: in the layers docs/architecture.md
/// draws, each project references projects of lower layers alone, exactly the ones the picture shows.
/// </summary>
public sealed partial class ProjectLayeringTests
{
    private static readonly string Source = Path.Combine(RepoPaths.RepoRoot, "src");

    [Fact]
    public void Every_project_reference_points_to_a_lower_layer()
    {
        var layers = DocumentedLayers();
        var references = ProjectReferences();

        var upward = references.SelectMany(p => p.Value.Where(r => layers[r] >= layers[p.Key]).Select(r => $"{p.Key} -> {r}")).ToList();

        Assert.Empty(upward);
    }

    [Fact]
    public void The_project_references_form_no_cycle()
    {
        var references = ProjectReferences();

        Assert.Null(Cycle(references));
    }

    [Fact]
    public void The_documented_picture_shows_every_project_and_exactly_its_references()
    {
        var documented = DocumentedReferences();
        var actual = ProjectReferences();

        Assert.Equal(actual.Keys.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        Assert.All(actual, p => Assert.Equal(p.Value.Order(StringComparer.Ordinal), documented[p.Key].Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_cycle_is_found_when_two_projects_reference_each_other()
    {
        var references = new Dictionary<string, IReadOnlyList<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = [] };

        Assert.Equal(["A", "B", "C", "A"], Cycle(references));
    }

    /// <summary>Each project of <c>src/</c> (without the <c>InfluenceSim.</c> prefix) and the projects it references.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ProjectReferences() =>
        Directory.GetDirectories(Source, "InfluenceSim.*")
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".csproj"))
            .Where(File.Exists)
            .ToDictionary(
                path => ShortName(path),
                path => (IReadOnlyList<string>)[.. XDocument.Load(path).Descendants("ProjectReference").Select(r => ShortName(r.Attribute("Include")!.Value))]);

    private static string ShortName(string csproj) => Path.GetFileNameWithoutExtension(csproj.Replace('\\', '/')).Replace("InfluenceSim.", "", StringComparison.Ordinal);

    /// <summary>The diagram of docs/architecture.md: each project's layer and the projects its arrow names.</summary>
    private static List<(int Layer, string Project, string[] References)> Diagram()
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "architecture.md"));
        var rows = new List<(int, string, string[])>();
        int layer = -1;
        foreach (Match row in DiagramRow().Matches(doc))
        {
            layer = row.Groups["layer"].Success ? int.Parse(row.Groups["layer"].Value, CultureInfo.InvariantCulture) : layer;
            string[] refs = row.Groups["refs"].Success ? [.. row.Groups["refs"].Value.Split(',', StringSplitOptions.TrimEntries)] : [];
            rows.Add((layer, row.Groups["project"].Value, refs));
        }

        Assert.NotEmpty(rows);
        return rows;
    }

    private static Dictionary<string, int> DocumentedLayers() => Diagram().ToDictionary(r => r.Project, r => r.Layer);

    private static Dictionary<string, IReadOnlyList<string>> DocumentedReferences() =>
        Diagram().ToDictionary(r => r.Project, r => (IReadOnlyList<string>)r.References);

    /// <summary>A cycle of <paramref name="references"/> as the projects along it (the first repeated last), or null.</summary>
    private static List<string>? Cycle(IReadOnlyDictionary<string, IReadOnlyList<string>> references)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        foreach (string project in references.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(project) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string project)
        {
            int at = path.IndexOf(project);
            if (at >= 0)
            {
                return [.. path.Skip(at), project];
            }

            if (!done.Add(project))
            {
                return null;
            }

            path.Add(project);
            foreach (string next in references.GetValueOrDefault(project) ?? [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    [GeneratedRegex(@"^  (?:layer (?<layer>\d+)|       ) {3}(?<project>[A-Za-z]+)(?: ─+▶ (?<refs>[A-Za-z, ]+))?\s*$", RegexOptions.Multiline)]
    private static partial Regex DiagramRow();
}
