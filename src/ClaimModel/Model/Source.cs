namespace ClaimModel;

/// <summary>Where something was published: an article, statement, broadcast or post — or an outlet cited
/// without a specific document ("according to Russia Today").</summary>
/// <remarks>Value equality over every member.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Source>))]
public sealed record Source
{
    /// <summary>The document-wide id.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of publisher it is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>The outlet's name ("Russia Today", "CNN").</summary>
    public required string Outlet { get; init; }

    /// <summary>The document's title, when a specific document is meant.</summary>
    public string? Title { get; init; }

    /// <summary>The absolute http(s) URL of the document, when known.</summary>
    public string? Url { get; init; }

    /// <summary>When it was published (with precision and zone), when known.</summary>
    public TimeSpec? Published { get; init; }

    /// <summary>How <see cref="Published"/> was established ("dateline 'MOSCOW, June 10'").</summary>
    public string? PublishedBasis { get; init; }

    /// <summary>The id of the actor the outlet is affiliated with (TASS → Russia), making it state-affiliated.</summary>
    public string? AffiliatedActor { get; init; }

    /// <summary>The full text, when present; evidence quotes must then occur in it.</summary>
    public string? Text { get; init; }
}
