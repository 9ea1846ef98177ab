namespace ClaimModel.Validation;

/// <summary>The kinds of record that own an id in the document-wide id space.</summary>
internal enum EntityKind
{
    /// <summary>An <see cref="ClaimModel.Actor"/> (<c>actors</c>).</summary>
    Actor,

    /// <summary>A <see cref="ClaimModel.Source"/> (<c>sources</c>).</summary>
    Source,

    /// <summary>An <see cref="ClaimModel.Incident"/> (<c>incidents</c>).</summary>
    Incident,

    /// <summary>A <see cref="ClaimModel.Claim"/> (<c>claims</c>).</summary>
    Claim,

    /// <summary>A <see cref="ClaimModel.Denial"/> (<c>denials</c>).</summary>
    Denial,
}
