using System.Text.RegularExpressions;

namespace InfluenceSim.Reporting.Tests.Recipes;

/// <summary>The analysis recipes of docs/output.md, as a reader copies them: the first code block of a language in their section.</summary>
public static partial class AnalysisRecipe
{
    /// <summary>The heading of the section that holds the recipes.</summary>
    public const string Section = "## Analysing a run in pandas, R or DuckDB";

    /// <summary>The run folder the recipes name, which a reader replaces with their own.</summary>
    public const string ExampleFolder = "runs/quickstart-20250131-120000";

    /// <summary>The first block fenced as <paramref name="language"/> in the section, with the example folder replaced by <paramref name="runFolder"/>.</summary>
    public static string Code(string language, string runFolder)
    {
        string doc = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "output.md"));
        int start = doc.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/output.md has no section '{Section}'");
        int end = doc.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        string section = end < 0 ? doc[start..] : doc[start..end];
        var block = FencedBlock().Matches(section).FirstOrDefault(m => m.Groups["language"].Value == language);
        Assert.True(block is not null, $"docs/output.md's section '{Section}' has no {language} block");
        string code = block.Groups["code"].Value;
        Assert.Contains(ExampleFolder, code, StringComparison.Ordinal);
        return code.Replace(ExampleFolder, runFolder, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"```(?<language>\w+)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
