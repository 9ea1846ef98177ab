using System.Reflection;
using System.Text.RegularExpressions;
using ClaimModel.Tests.Seeds;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

public sealed class ReadmeErrorCodeTableTests
{
    [Fact]
    public void Readme_error_code_table_lists_exactly_the_codes_of_ErrorCodes()
    {
        var readme = File.ReadAllText(Path.Combine(SeedPaths.RepoRoot, "README.md"));
        var table = readme[readme.IndexOf("| code | meaning | example path |", StringComparison.Ordinal)..];
        var documented = Regex.Matches(table, @"^\| `([a-z-]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        var declared = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(declared.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }
}
