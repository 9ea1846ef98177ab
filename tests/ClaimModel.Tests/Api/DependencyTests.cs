namespace ClaimModel.Tests.Api;

/// <summary>What the package brings into a user's application: the runtime, FluentValidation and NodaTime (for its
/// embedded time-zone database), nothing else (in particular no Roslyn: the library is analyzer- and
/// source-generator-free).</summary>
public sealed class DependencyTests
{
    [Fact]
    public void Library_references_only_the_runtime_FluentValidation_and_NodaTime()
    {
        var references = typeof(ClaimDocument).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !(n == "netstandard" || n == "mscorlib" || n.StartsWith("System", StringComparison.Ordinal) || n.StartsWith("Microsoft.Win32", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(["FluentValidation", "NodaTime"], references);
    }
}
