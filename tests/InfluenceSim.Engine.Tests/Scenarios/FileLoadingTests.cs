using System.Security.Cryptography;
using System.Text;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class FileLoadingTests
{
    private static ScenarioProblem LoadProblem(string path, params string[] overrides) =>
        Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, overrides, [], BuiltIns.Registries)).Problems);

    [Fact]
    public void Load_reads_hashes_and_names_the_file_as_given()
    {
        using var folder = new TempFolder();
        string path = folder.Write("quick.yaml", ScenarioText.Minimal);

        var scenario = ScenarioLoader.Load(path, [], [], BuiltIns.Registries);

        Assert.Equal(path, scenario.SourcePath);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), scenario.SourceHash);
        Assert.Equal(path, scenario.Locations.File);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_hashed()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "bom.yaml");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ScenarioText.Minimal)];
        File.WriteAllBytes(path, bytes);

        var scenario = ScenarioLoader.Load(path, [], [], BuiltIns.Registries);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), scenario.SourceHash);
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_refused_before_reading()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength((1024 * 1024) + 1);
        }

        var problem = LoadProblem(path);

        Assert.Equal($"{path}:1:1: the scenario file is 1048577 bytes, more than the limit of 1048576 bytes (1 MiB)", problem.ToString());
    }

    [Fact]
    public void A_file_of_exactly_one_mebibyte_is_read()
    {
        using var folder = new TempFolder();
        string text = ScenarioText.Minimal + "\n";
        string path = folder.Write("big.yaml", text + new string('#', (1024 * 1024) - Encoding.UTF8.GetByteCount(text)));

        Assert.Equal("minimal", ScenarioLoader.Load(path, [], [], BuiltIns.Registries).Name);
    }

    [Fact]
    public void Invalid_utf8_is_refused_at_its_position()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "latin1.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("name: a\nseed: caf"), 0xE9, (byte)'\n']);

        var problem = LoadProblem(path);

        Assert.Equal($"{path}:2:10: the scenario file is not valid UTF-8 (byte 0xE9 at offset 17)", problem.ToString());
    }

    [Fact]
    public void Utf16_is_refused()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "utf16.yaml");
        File.WriteAllText(path, ScenarioText.Minimal, Encoding.Unicode);

        Assert.Equal($"{path}:1:1: the scenario file is UTF-16; save it as UTF-8", LoadProblem(path).ToString());
    }

    [Fact]
    public void A_missing_file_is_one_problem()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "absent.yaml");

        var problem = LoadProblem(path);

        Assert.Equal(path, problem.File);
        Assert.Equal("the scenario file does not exist", problem.Message);
    }

    [Fact]
    public void A_link_to_a_device_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "zero.yaml");
        File.CreateSymbolicLink(path, "/dev/zero");

        Assert.Equal($"{path}:1:1: the scenario file is a character device, not a regular file", LoadProblem(path).ToString());
    }

    [Fact]
    public void Problems_name_the_file_as_the_user_gave_it()
    {
        using var folder = new TempFolder();
        folder.Write("sub/bad.yaml", "name: a\nseed: x\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }");
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(folder.Path, "sub", "bad.yaml"));

        Assert.Equal($"{relative}:2:7: 'seed' must be a 64-bit integer, found 'x'", LoadProblem(relative).ToString());
    }
}
