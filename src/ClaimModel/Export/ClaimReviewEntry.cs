namespace ClaimModel.Export;

/// <summary>One published fact check of one claim or denial.</summary>
public sealed record ClaimReviewEntry
{
    /// <summary>The id of the reviewed claim or denial.</summary>
    public required string Claim { get; init; }

    /// <summary>The page that hosts the full fact check (<c>ClaimReview.url</c>, required by Google).</summary>
    public string? Url { get; init; }

    /// <summary>When the fact check was published (<c>ClaimReview.datePublished</c>), ISO 8601 as given
    /// (<c>2016-02-15</c> or a date-time with an offset).</summary>
    public string? DatePublished { get; init; }

    /// <summary>The organisation's verdict (<c>ClaimReview.reviewRating</c>, required by Google), if given.</summary>
    public ReviewRating? Rating { get; init; }
}
