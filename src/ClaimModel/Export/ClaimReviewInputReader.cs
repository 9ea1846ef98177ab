using System.Globalization;
using System.Text.Json;

namespace ClaimModel.Export;

/// <summary>Reads <see cref="ClaimReviewInput"/> from JSON, strictly (see its remarks), with
/// <see cref="JsonDocument"/> (no reflection).</summary>
internal static class ClaimReviewInputReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    public static ClaimReviewInput Read(Stream utf8Json)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The review file is not valid JSON: " + e.Message, e);
        }

        using (json)
        {
            var root = json.RootElement;
            Expect(root, JsonValueKind.Object, "$");
            Members(root, "$", "organization", "reviews");
            var organization = root.TryGetProperty("organization", out var org) ? ReadOrganization(org) : null;
            var reviews = new List<ClaimReviewEntry>();
            if (root.TryGetProperty("reviews", out var list))
            {
                Expect(list, JsonValueKind.Array, "$.reviews");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var path = "$.reviews[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    var review = ReadReview(item, path);
                    if (!seen.Add(review.Claim))
                    {
                        throw new InvalidDataException($"{path}.claim: '{review.Claim}' is reviewed twice.");
                    }

                    reviews.Add(review);
                    i++;
                }
            }

            return new ClaimReviewInput { Organization = organization, Reviews = ValueList.From(reviews) };
        }
    }

    private static ReviewOrganization ReadOrganization(JsonElement element)
    {
        const string path = "$.organization";
        Expect(element, JsonValueKind.Object, path);
        Members(element, path, "name", "url");
        return new ReviewOrganization
        {
            Name = RequiredText(element, "name", path),
            Url = OptionalUrl(element, "url", path),
        };
    }

    private static ClaimReviewEntry ReadReview(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.Object, path);
        Members(element, path, "claim", "url", "datePublished", "rating");
        var date = OptionalText(element, "datePublished", path);
        if (date is not null && !IsIsoDate(date))
        {
            throw new InvalidDataException($"{path}.datePublished: '{date}' is not an ISO 8601 date (2016-02-15) or date-time with an offset.");
        }

        return new ClaimReviewEntry
        {
            Claim = RequiredText(element, "claim", path),
            Url = OptionalUrl(element, "url", path),
            DatePublished = date,
            Rating = element.TryGetProperty("rating", out var rating) ? ReadRating(rating, path + ".rating") : null,
        };
    }

    private static ReviewRating ReadRating(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.Object, path);
        Members(element, path, "alternateName", "ratingValue", "bestRating", "worstRating");
        return new ReviewRating
        {
            AlternateName = RequiredText(element, "alternateName", path),
            RatingValue = OptionalNumber(element, "ratingValue", path),
            BestRating = OptionalNumber(element, "bestRating", path),
            WorstRating = OptionalNumber(element, "worstRating", path),
        };
    }

    private static bool IsIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || (text.Length > 10 && text[10] == 'T' && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    private static void Members(JsonElement element, string path, params string[] allowed)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, member.Name) < 0)
            {
                throw new InvalidDataException($"{path}: unknown member '{member.Name}' (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new InvalidDataException($"{path}: expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, found {element.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    private static string RequiredText(JsonElement element, string name, string path) =>
        OptionalText(element, name, path) ?? throw new InvalidDataException($"{path}: the member '{name}' is required.");

    private static string? OptionalText(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new InvalidDataException($"{path}.{name}: expected a non-empty string.");
        }

        return value.GetString();
    }

    private static string? OptionalUrl(JsonElement element, string name, string path)
    {
        var text = OptionalText(element, name, path);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidDataException($"{path}.{name}: '{text}' is not an absolute http(s) URL.");
        }

        return text;
    }

    private static decimal? OptionalNumber(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            throw new InvalidDataException($"{path}.{name}: expected a number.");
        }

        return number;
    }
}
