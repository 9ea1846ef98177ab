namespace ClaimModel;

/// <summary>The exact evidence text in a source, after the W3C Web Annotation <c>TextQuoteSelector</c>:
/// exact text plus optional prefix and suffix, and optional code-point positions.</summary>
/// <remarks>When the source's text is present, <see cref="Prefix"/> + <see cref="Exact"/> +
/// <see cref="Suffix"/> must occur in it; <see cref="Start"/>/<see cref="End"/>, where given, count Unicode
/// code points (not UTF-16 units) from the start of the text, <see cref="End"/> exclusive. Value equality.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Quote>))]
public sealed record Quote
{
    /// <summary>The exact quoted text.</summary>
    public required string Exact { get; init; }

    /// <summary>Text immediately before <see cref="Exact"/>, to disambiguate.</summary>
    public string? Prefix { get; init; }

    /// <summary>Text immediately after <see cref="Exact"/>, to disambiguate.</summary>
    public string? Suffix { get; init; }

    /// <summary>The code-point position where <see cref="Exact"/> starts.</summary>
    public int? Start { get; init; }

    /// <summary>The code-point position where <see cref="Exact"/> ends (exclusive).</summary>
    public int? End { get; init; }
}
