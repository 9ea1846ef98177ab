using System.Text;
using ClaimModel.Serialization;
using ClaimModel.Tests.Seeds;

namespace ClaimModel.Tests.Cli;

/// <summary><c>claimmodel upgrade</c>: format 1 documents (and non-canonical format 2 ones) are rewritten as canonical
/// format 2 with the same meaning; <c>--check</c> lists them and exits 1, changing nothing.</summary>
public sealed class UpgradeCommandTests : IDisposable
{
    private const string Version1 = """
        {"formatVersion":1,"actors":[{"id":"usa","name":"United States","kind":"state"}],
         "sources":[{"id":"src","kind":"news-outlet","outlet":"O"}],
         "claims":[{"id":"c1","claimant":"usa","statement":{"kind":"responsibility","actor":"usa"},
                    "reports":[{"source":"src","quote":{"exact":"q"}}]}]}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("claimmodel-upgrade-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_lists_a_format_1_file_exits_1_and_changes_nothing()
    {
        var file = Write("old.json", Version1);

        var run = CliRun.Of("upgrade", "--check", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: would change (formatVersion 1 -> 2)\n1 document, 1 would change\n", run.Output);
        Assert.Equal(Version1, File.ReadAllText(file));
    }

    [Fact]
    public void Upgrade_rewrites_format_1_as_canonical_format_2_with_the_same_meaning()
    {
        var file = Write("old.json", Version1);
        var before = ClaimJson.Deserialize(Version1);

        var run = CliRun.Of("upgrade", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{file}: upgraded (formatVersion 1 -> 2)\n1 document, 1 changed\n", run.Output);
        var text = File.ReadAllText(file);
        Assert.StartsWith("{\n  \"formatVersion\": 2,", text, StringComparison.Ordinal);
        Assert.Equal(before, ClaimJson.Deserialize(text));
        Assert.Equal(ClaimJson.Serialize(before, indented: true), text);
        Assert.Equal(0, CliRun.Of("upgrade", "--check", file).ExitCode);
    }

    [Fact]
    public void A_canonical_format_2_file_is_left_alone_and_a_compact_one_is_rewritten()
    {
        var document = ClaimJson.Deserialize(Version1);
        var canonical = Write("a/canonical.json", ClaimJson.Serialize(document, indented: true));
        var compact = Write("b/compact.json", ClaimJson.Serialize(document));

        var check = CliRun.Of("upgrade", "--check", _folder);

        Assert.Equal(1, check.ExitCode);
        Assert.Equal($"{compact.Replace('\\', '/')}: would change (not in canonical form)\n2 documents, 1 would change\n", check.Output);
        Assert.Equal(0, CliRun.Of("upgrade", _folder).ExitCode);
        Assert.Equal(File.ReadAllText(canonical), File.ReadAllText(compact));
    }

    [Fact]
    public void An_unreadable_file_exits_2_and_names_the_file_and_the_reason()
    {
        var broken = Write("broken.json", """{"formatVersion":3}""");

        var run = CliRun.Of("upgrade", broken, Path.Combine(_folder, "missing.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{broken}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Unsupported formatVersion (3)", run.Error, StringComparison.Ordinal);
        Assert.Contains("missing.json: no such file or folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_format_1_fixture_is_reported_as_format_1()
    {
        var fixtures = Path.Combine(SeedPaths.RepoRoot, "tests", "ClaimModel.Tests", "Fixtures", "format-v1");

        var run = CliRun.Of("upgrade", "--check", fixtures);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Count(l => l.EndsWith(": would change (formatVersion 1 -> 2)", StringComparison.Ordinal)));
        Assert.Equal("6 documents, 6 would change", lines[^1]);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
