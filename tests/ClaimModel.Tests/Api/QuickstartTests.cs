using System.Text.RegularExpressions;

namespace ClaimModel.Tests.Api;

/// <summary>The quickstart of the repository README and of the package README is the code CI compiles and runs as a package consumer
/// (<c>tests/ClaimModel.Consumer/Quickstart.cs</c>, also published with NativeAOT), so it cannot rot.</summary>
public sealed class QuickstartTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/ClaimModel/README.md")]
    public void Readme_quickstart_is_the_consumer_quickstart(string readmePath)
    {
        var readme = RepoFiles.Read(readmePath.Split('/'));
        var quickstart = RepoFiles.Read("tests", "ClaimModel.Consumer", "Quickstart.cs");

        var section = QuickstartSection().Match(readme);
        Assert.True(section.Success,
            readmePath + " has no \"## Quickstart\" section with a ```csharp block. Paste tests/ClaimModel.Consumer/Quickstart.cs " +
            "there, verbatim, as a ```csharp fenced block.");

        var block = CSharpBlock().Match(section.Groups["body"].Value);
        Assert.True(block.Success, "The README's \"## Quickstart\" section has no ```csharp block.");
        Assert.Equal(quickstart.Trim(), block.Groups["code"].Value.Trim());
    }

    private static Regex QuickstartSection() =>
        new(@"^## Quickstart[ \t]*\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);

    private static Regex CSharpBlock() =>
        new(@"^```csharp[ \t]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
}
