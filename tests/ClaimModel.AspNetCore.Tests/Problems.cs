using System.Net;
using System.Text.Json;

namespace ClaimModel.AspNetCore.Tests;

/// <summary>Reading problem details responses.</summary>
internal static class Problems
{
    /// <summary>Asserts an RFC 9457 problem with <paramref name="status"/> and returns its JSON.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        return root;
    }
}
