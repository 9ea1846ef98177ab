using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>The sample service in memory, each test with its own (empty) index, run in the Production environment (no
/// developer exception page: problems come from ClaimModel.AspNetCore alone).</summary>
public sealed class SampleServiceFactory : WebApplicationFactory<Program>
{
    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");
}
