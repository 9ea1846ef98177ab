using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Export;

/// <summary>Writes a corpus as schema.org JSON-LD for fact-checkers: one <c>ClaimReview</c> skeleton per claim and
/// per denial, its <c>itemReviewed</c> the schema.org <c>Claim</c>.</summary>
/// <remarks>
/// <para>Each claim and each denial is one utterance and one schema.org <c>Claim</c>: its <c>text</c> is the quote
/// of its first report, its <c>author</c> the claimant (a <c>Person</c> or an organisation, named by its name or,
/// for an unnamed speaker, described by its description; see <see cref="SchemaOrgTypes"/> for the types), its
/// <c>datePublished</c> when it was stated (as precise as known), its <c>appearance</c> the source of each report
/// (distinct, in report order; with <c>url</c>, <c>datePublished</c> and the outlet as <c>publisher</c>) and its
/// <c>firstAppearance</c> the earliest dated of them (omitted when none is dated).</para>
/// <para>Reviews are per claim, not per dispute: a rating judges one statement by one speaker, while a dispute
/// holds several positions of several voices. The skeleton carries what the corpus knows (<c>claimReviewed</c>,
/// the quote, and <c>itemReviewed</c>); what only the reviewing organisation knows comes from
/// <see cref="ClaimReviewInput"/> and is never made up: <c>author</c> (the organisation), <c>url</c> (the page of
/// the fact check), <c>datePublished</c> (of the fact check) and <c>reviewRating</c> (<c>alternateName</c>, and
/// <c>ratingValue</c>/<c>bestRating</c>/<c>worstRating</c> when the organisation uses a scale). Without them the
/// member is left out, and search engines will not show the review until it is filled in.</para>
/// <para>The output is one object, <c>{"@context": "https://schema.org", "@graph": [ … ]}</c>, in document order
/// (claims, then denials), indented by 2 spaces with LF line ends; the same input writes the same bytes. Node IRIs
/// follow <see cref="ExportOptions"/>.</para>
/// </remarks>
public static class ClaimReviewWriter
{
    /// <summary>The JSON-LD context written: <c>https://schema.org</c> (the one search engines read).</summary>
    public const string Context = "https://schema.org";

    /// <summary>Writes the export to <paramref name="writer"/>.</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="review">The organisation's reviews, if any.</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A review names no claim or denial of the document, or the document
    /// refers to an actor or source it does not define.</exception>
    public static void Write(ClaimDocument document, Utf8JsonWriter writer, ClaimReviewInput? review = null, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        WriteAll(document, writer, review, options, null);
    }

    /// <summary>Writes the export as JSON text (no trailing newline) to <paramref name="writer"/>, passing it on
    /// every 16 KiB or so. The writer is not flushed or closed.</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="writer">The text writer.</param>
    /// <param name="review">The organisation's reviews, if any.</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">As <see cref="Write(ClaimDocument, Utf8JsonWriter, ClaimReviewInput?, ExportOptions?)"/>.</exception>
    public static void Write(ClaimDocument document, TextWriter writer, ClaimReviewInput? review = null, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        using var output = new JsonTextOutput(writer);
        WriteAll(document, output.Json, review, options, output);
        output.Complete();
    }

    /// <summary>The export as a string (no trailing newline).</summary>
    /// <param name="document">The corpus (valid; its amendments are applied).</param>
    /// <param name="review">The organisation's reviews, if any.</param>
    /// <param name="options">IRIs; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">As <see cref="Write(ClaimDocument, Utf8JsonWriter, ClaimReviewInput?, ExportOptions?)"/>.</exception>
    public static string ToJson(ClaimDocument document, ClaimReviewInput? review = null, ExportOptions? options = null)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(document, text, review, options);
        return text.ToString();
    }

    private static void WriteAll(ClaimDocument document, Utf8JsonWriter json, ClaimReviewInput? review, ExportOptions? options, JsonTextOutput? output)
    {
        var corpus = new ExportCorpus(document);
        if (review is not null && review.UnmatchedIds(corpus.Document) is { Count: > 0 } unmatched)
        {
            throw new ArgumentException($"The reviews name no claim or denial of the document: {string.Join(", ", unmatched)}.", nameof(review));
        }

        var iris = new ExportIris(options ?? ExportOptions.Default);
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteStartArray("@graph");
        foreach (var utterance in corpus.Utterances)
        {
            WriteReview(json, corpus, iris, utterance, review);
            output?.MaybeDrain();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter json, ExportCorpus corpus, ExportIris iris, ExportUtterance utterance, ClaimReviewInput? input)
    {
        var entry = input?.ReviewOf(utterance.Id);
        json.WriteStartObject();
        json.WriteString("@type", "ClaimReview");
        json.WriteString("@id", iris.Review(utterance.Id));
        json.WriteString("claimReviewed", utterance.Text);
        json.WritePropertyName("itemReviewed");
        WriteClaim(json, corpus, iris, utterance);
        if (input?.Organization is { } organization)
        {
            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            json.WriteString("name", organization.Name);
            WriteOptional(json, "url", organization.Url);
            json.WriteEndObject();
        }

        WriteOptional(json, "url", entry?.Url);
        WriteOptional(json, "datePublished", entry?.DatePublished);
        if (entry?.Rating is { } rating)
        {
            json.WriteStartObject("reviewRating");
            json.WriteString("@type", "Rating");
            json.WriteString("alternateName", rating.AlternateName);
            WriteOptional(json, "ratingValue", rating.RatingValue);
            WriteOptional(json, "bestRating", rating.BestRating);
            WriteOptional(json, "worstRating", rating.WorstRating);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, ExportCorpus corpus, ExportIris iris, ExportUtterance utterance)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Claim");
        json.WriteString("@id", utterance.Iri(iris));
        json.WriteString("identifier", utterance.Id);
        json.WriteString("text", utterance.Text);
        var claimant = corpus.Actor(utterance.Claimant);
        json.WriteStartObject("author");
        json.WriteString("@type", SchemaOrgTypes.Of(claimant.Kind));
        json.WriteString("@id", iris.Actor(claimant.Id));
        if (claimant.Name is not null)
        {
            json.WriteString("name", claimant.Name);
        }
        else
        {
            WriteOptional(json, "description", claimant.Description);
        }

        json.WriteEndObject();
        WriteOptional(json, "datePublished", ExportDates.Iso(utterance.StatedAt));
        var sources = corpus.SourcesOf(utterance);
        json.WriteStartArray("appearance");
        foreach (var source in sources)
        {
            WriteSource(json, iris, source);
        }

        json.WriteEndArray();
        if (ExportCorpus.Earliest(sources) is { } first)
        {
            json.WritePropertyName("firstAppearance");
            WriteSource(json, iris, first);
        }

        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, ExportIris iris, Source source)
    {
        json.WriteStartObject();
        json.WriteString("@type", SchemaOrgTypes.Of(source.Kind));
        json.WriteString("@id", iris.Source(source.Id));
        WriteOptional(json, "name", source.Title);
        WriteOptional(json, "url", source.Url);
        WriteOptional(json, "datePublished", ExportDates.Iso(source.Published));
        json.WriteStartObject("publisher");
        json.WriteString("@type", "Organization");
        json.WriteString("name", source.Outlet);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }
}
