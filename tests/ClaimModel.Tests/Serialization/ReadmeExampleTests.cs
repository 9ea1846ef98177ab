using System.Text.RegularExpressions;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Serialization;

public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_reads_and_writes_back_to_an_equal_document()
    {
        var json = ReadmeExample();
        Assert.StartsWith("{\n  \"formatVersion\": 2,", json);

        var document = ClaimJson.Deserialize(json);
        var again = ClaimJson.Deserialize(ClaimJson.Serialize(document, indented: true));

        Assert.Equal(8, document.Actors.Count);
        Assert.Equal(5, document.Claims.Count);
        Assert.Equal(4, document.Claims[0].Statements.Count);
        Assert.Equal(["russia", "syria"], document.Claims[4].Statements[0] is ResponsibilityStatement { Intent: Intent.Indiscriminate } r ? r.Actors : []);
        Assert.Equal(["c-konashenkov-a10#0"], document.Denials[0].DeniedClaims);
        Assert.Equal(2, document.Amendments.Count);
        Assert.Equal(document, again);
    }

    /// <summary>The ```json block of the README's "JSON format" section (the spec's own example, format version 2).</summary>
    internal static string ReadmeExample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        var readme = File.ReadAllText(Path.Combine(directory!.FullName, "README.md"));
        return JsonBlock().Match(readme).Groups[1].Value;
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
