namespace ClaimModel.Export;

/// <summary>What a fact-checking organisation adds to the <c>ClaimReview</c> skeletons that
/// <see cref="ClaimReviewWriter"/> writes: who reviews, and per claim or denial the page, date and verdict.</summary>
/// <remarks>As JSON (<see cref="Read(Stream)"/>, what <c>claimmodel export --review FILE</c> reads):
/// <code>
/// {
///   "organization": { "name": "Example Fact Check", "url": "https://factcheck.example/" },
///   "reviews": [
///     { "claim": "c-konashenkov-a10", "url": "https://factcheck.example/a10", "datePublished": "2016-02-15",
///       "rating": { "alternateName": "Unproven", "ratingValue": 2, "bestRating": 5, "worstRating": 1 } }
///   ]
/// }
/// </code>
/// Members are camelCase and strict: an unknown or repeated member, a second review of one claim, a URL that is not
/// absolute http(s) or a date that is not ISO 8601 is an error.</remarks>
public sealed record ClaimReviewInput
{
    /// <summary>The reviewing organisation (the <c>author</c> of every review), if given.</summary>
    public ReviewOrganization? Organization { get; init; }

    /// <summary>The reviews, at most one per claim or denial.</summary>
    public ValueList<ClaimReviewEntry> Reviews { get; init; }

    /// <summary>The review of <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">A claim or denial id.</param>
    public ClaimReviewEntry? ReviewOf(string id)
    {
        foreach (var review in Reviews)
        {
            if (string.Equals(review.Claim, id, StringComparison.Ordinal))
            {
                return review;
            }
        }

        return null;
    }

    /// <summary>The ids of reviews that name no claim or denial of <paramref name="document"/> (after its
    /// amendments), in input order.</summary>
    /// <param name="document">The document the reviews are for.</param>
    public IReadOnlyList<string> UnmatchedIds(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in document.Claims)
        {
            ids.Add(claim.Id);
        }

        foreach (var denial in document.Denials)
        {
            ids.Add(denial.Id);
        }

        var unmatched = new List<string>();
        foreach (var review in Reviews)
        {
            if (!ids.Contains(review.Claim))
            {
                unmatched.Add(review.Claim);
            }
        }

        return unmatched;
    }

    /// <summary>Reads the JSON form (see the remarks) from UTF-8 <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <exception cref="InvalidDataException">The JSON is malformed or breaks a rule of the remarks; the message
    /// names the member.</exception>
    public static ClaimReviewInput Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ClaimReviewInputReader.Read(utf8Json);
    }

    /// <summary>Reads the JSON form (see the remarks) from <paramref name="json"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="InvalidDataException">The JSON is malformed or breaks a rule of the remarks.</exception>
    public static ClaimReviewInput Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return ClaimReviewInputReader.Read(stream);
    }
}
