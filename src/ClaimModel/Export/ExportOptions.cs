namespace ClaimModel.Export;

/// <summary>Options shared by the exports (<see cref="ClaimReviewWriter"/>, <see cref="ProvJsonLdWriter"/>,
/// <see cref="ProvTurtleWriter"/>).</summary>
/// <remarks>Every exported node gets an IRI made of <see cref="BaseIri"/>, a kind and the record's id:
/// <c>{BaseIri}actor/konashenkov</c>, <c>{BaseIri}source/ibt-2016-02-11</c>, <c>{BaseIri}claim/c-konashenkov-a10</c>,
/// <c>{BaseIri}denial/…</c>, <c>{BaseIri}report/{claim or denial}/{n}</c> (the n-th report, from 0),
/// <c>{BaseIri}report/{claim or denial}/{n}/relay/{k}</c> (its k-th relay, from 1, claimant outwards),
/// <c>{BaseIri}retraction/{claim}</c> and <c>{BaseIri}review/{claim or denial}</c>. Ids are stable, so the IRIs are
/// too: the same corpus exports the same IRIs on every run. Characters outside the id alphabet (which valid documents
/// never hold) are percent-encoded.</remarks>
public sealed record ExportOptions
{
    /// <summary>The base IRI used when none is given: <c>urn:claimmodel:</c>.</summary>
    public const string DefaultBaseIri = "urn:claimmodel:";

    private readonly string _baseIri = DefaultBaseIri;

    /// <summary>The options with every default.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>The text every IRI starts with (default <see cref="DefaultBaseIri"/>): an absolute IRI such as
    /// <c>https://newsroom.example/claims/</c>, usually ending in <c>/</c>, <c>#</c> or <c>:</c>.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute URI, or holds a space, a control character
    /// or one of <c>&lt;&gt;"{}|^`\</c>.</exception>
    public string BaseIri
    {
        get => _baseIri;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!IsBaseIri(value))
            {
                throw new ArgumentException($"The base IRI '{value}' is not an absolute IRI (a scheme such as https: or urn: followed by no space, control character or any of <>\"{{}}|^`\\).", nameof(value));
            }

            _baseIri = value;
        }
    }

    /// <summary>Whether <paramref name="text"/> can serve as <see cref="BaseIri"/>.</summary>
    /// <param name="text">The candidate base IRI.</param>
    public static bool IsBaseIri(string? text)
    {
        return !string.IsNullOrEmpty(text) && Uri.TryCreate(text, UriKind.Absolute, out _)
            && string.Equals(ExportIris.SafeIri(text), text, StringComparison.Ordinal);
    }
}
