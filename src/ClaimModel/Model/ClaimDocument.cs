namespace ClaimModel;

/// <summary>The aggregate: actors, sources, incidents, claims and denials that reference each other by id.
/// This is the root of the JSON wire format (with <c>formatVersion</c>).</summary>
/// <remarks>Value equality over every member, each collection element by element in order.</remarks>
public sealed record ClaimDocument
{
    /// <summary>The wire-format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>An optional title ("IBTimes, 11 Feb 2016: Russia blames US for Aleppo bombing").</summary>
    public string? Title { get; init; }

    /// <summary>The actors.</summary>
    public ValueList<Actor> Actors { get; init; }

    /// <summary>The sources.</summary>
    public ValueList<Source> Sources { get; init; }

    /// <summary>The incidents.</summary>
    public ValueList<Incident> Incidents { get; init; }

    /// <summary>The claims.</summary>
    public ValueList<Claim> Claims { get; init; }

    /// <summary>The denials.</summary>
    public ValueList<Denial> Denials { get; init; }
}
