using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClaimModel.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimModel.AspNetCore;

/// <summary>A request body in the ClaimModel wire format, as a minimal-API parameter: <c>(ClaimModelBody&lt;ClaimDocument&gt;
/// body) =&gt; …</c>. It reads the whole body with ClaimModel's strict reader (no reflection, NativeAOT-safe) and never
/// fails the binding: a body that cannot be read becomes a <see cref="Problem"/> with the reason, JSON path, line and
/// position, which <see cref="ClaimModelEndpointExtensions.WithClaimModelValidation{TBuilder}"/> answers with.</summary>
/// <typeparam name="T">A ClaimModel type with a wire format: <see cref="ClaimDocument"/>, <see cref="Claim"/>,
/// <see cref="Denial"/>, <see cref="Actor"/>, … (any other type is refused with <see cref="NotSupportedException"/>).</typeparam>
/// <remarks>
/// <para>Unlike a body bound by System.Text.Json (<c>[FromBody] ClaimDocument</c>), whose errors name only a byte offset
/// into the serializer's buffer, the body is read as one buffer, so every error names its line and position. Bodies
/// over <see cref="ClaimModelHttpOptions.MaxBodyBytes"/> are refused with a 413 problem; every body (a document, a claim,
/// a denial, …) is read within <see cref="ClaimModelHttpOptions.ReadLimits"/> (a 413 problem over its size, a 400
/// problem over its other limits); a content type other than
/// JSON (<c>application/json</c>, <c>*/*+json</c>) or none with a 415 problem.</para>
/// </remarks>
public sealed class ClaimModelBody<T> : IBindableFromHttpContext<ClaimModelBody<T>>, IClaimModelBody
    where T : class
{
    private readonly T? _value;

    private ClaimModelBody(T? value, ProblemDetails? problem, JsonException? error)
    {
        _value = value;
        Problem = problem;
        Error = error;
    }

    /// <summary>The value read.</summary>
    /// <exception cref="BadHttpRequestException">The body could not be read (see <see cref="Problem"/>); the
    /// exception handler registered by <c>AddClaimModel()</c> answers it with the problem.</exception>
    public T Value => _value ?? throw new ClaimModelBodyException(Problem!, Error);

    /// <summary>The problem that stopped the body from being read (400 malformed, 413 too large, 415 not JSON), or
    /// <see langword="null"/> when it was read.</summary>
    public ProblemDetails? Problem { get; }

    /// <summary>The JSON error behind a 400 <see cref="Problem"/>, or <see langword="null"/>.</summary>
    public JsonException? Error { get; }

    /// <inheritdoc/>
    object? IClaimModelBody.RawValue => _value;

    /// <summary>Reads the body of <paramref name="context"/>'s request (the minimal-API binding hook).</summary>
    /// <param name="context">The HTTP context.</param>
    /// <param name="parameter">The parameter being bound (unused).</param>
    /// <returns>The body: its value, or the problem that stopped it from being read.</returns>
    public static async ValueTask<ClaimModelBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ = TypeInfo(); // a type without a wire format is refused before the body is read
        var request = context.Request;
        if (request.ContentType is { } contentType && !IsJson(contentType))
        {
            return new ClaimModelBody<T>(null, new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The request body is not JSON.",
                Detail = $"Expected application/json, not {contentType}.",
            }, null);
        }

        var options = context.RequestServices.GetService<IOptions<ClaimModelHttpOptions>>()?.Value;
        var limits = options?.ReadLimits ?? ClaimReadLimits.Service;
        var limit = options?.MaxBodyBytes ?? ClaimModelHttpOptions.DefaultMaxBodyBytes;
        var setting = nameof(ClaimModelHttpOptions.MaxBodyBytes);
        if (limits.MaxDocumentBytes < limit)
        {
            (limit, setting) = (limits.MaxDocumentBytes, nameof(ClaimModelHttpOptions.ReadLimits) + "." + nameof(ClaimReadLimits.MaxDocumentBytes));
        }

        if (request.ContentLength > limit)
        {
            return new ClaimModelBody<T>(null, ClaimModelProblems.TooLarge(limit, setting), null);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and < 1 << 20 ? (int)request.ContentLength.Value : 16 * 1024);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), context.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return new ClaimModelBody<T>(null, ClaimModelProblems.TooLarge(limit, setting), null);
            }
        }

        var body = buffer.WrittenSpan;
        try
        {
            var value = body.Trim(" \t\r\n"u8).SequenceEqual("null"u8) ? null : ClaimJson.Deserialize<T>(body, limits);
            return value is null
                ? Failed(new ClaimJsonException("The body is empty or null; send a JSON object."), body)
                : new ClaimModelBody<T>(value, null, null);
        }
        catch (JsonException e)
        {
            return Failed(e, body);
        }
    }

    private static ClaimModelBody<T> Failed(JsonException error, ReadOnlySpan<byte> body) =>
        new(null, ClaimModelProblems.Malformed(error, JsonLocation.Of(error, body)), error);

    private static JsonTypeInfo<T> TypeInfo() =>
        ClaimJson.Options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException($"{typeof(T)} has no ClaimModel wire format; ClaimModelBody<T> reads ClaimModel types only.");

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.AsSpan();
        var semicolon = mediaType.IndexOf(';');
        if (semicolon >= 0)
        {
            mediaType = mediaType[..semicolon];
        }

        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase) && mediaType.Contains('/'));
    }
}
