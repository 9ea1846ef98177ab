namespace ClaimModel.Export;

/// <summary>A fact-checking organisation's verdict on one claim (schema.org <c>Rating</c> as search engines read it
/// in a <c>ClaimReview</c>). ClaimModel never makes one up: it is written only when the caller gives it.</summary>
public sealed record ReviewRating
{
    /// <summary>The verdict in words, shown by search engines ("False", "Unproven", "Misleading"): schema.org
    /// <c>Rating.alternateName</c>, required by Google for a fact check.</summary>
    public required string AlternateName { get; init; }

    /// <summary>The verdict on the organisation's numeric scale (<c>ratingValue</c>), if it has one.</summary>
    public decimal? RatingValue { get; init; }

    /// <summary>The best value of that scale (<c>bestRating</c>).</summary>
    public decimal? BestRating { get; init; }

    /// <summary>The worst value of that scale (<c>worstRating</c>).</summary>
    public decimal? WorstRating { get; init; }
}
