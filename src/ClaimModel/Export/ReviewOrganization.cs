namespace ClaimModel.Export;

/// <summary>The fact-checking organisation that publishes the reviews: the <c>author</c> of every
/// <c>ClaimReview</c>.</summary>
public sealed record ReviewOrganization
{
    /// <summary>The organisation's name (schema.org <c>Organization.name</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The organisation's web site (schema.org <c>Organization.url</c>), if given.</summary>
    public string? Url { get; init; }
}
