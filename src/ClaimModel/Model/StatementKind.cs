namespace ClaimModel;

/// <summary>The kind of a <see cref="Statement"/>; also its JSON <c>kind</c> discriminator (kebab-case).</summary>
public enum StatementKind
{
    /// <summary><see cref="ResponsibilityStatement"/>: actor X carried it out.</summary>
    Responsibility,
    /// <summary><see cref="PresenceStatement"/>: actor X's forces were (not) within a distance of a place.</summary>
    Presence,
    /// <summary><see cref="QuantityStatement"/>: a figure.</summary>
    Quantity,
    /// <summary><see cref="TargetStatement"/>: what was hit.</summary>
    Target,
    /// <summary><see cref="OccurrenceStatement"/>: when it happened.</summary>
    Occurrence,
    /// <summary><see cref="TextStatement"/>: free text, kept but never compared by content.</summary>
    Text,
}
