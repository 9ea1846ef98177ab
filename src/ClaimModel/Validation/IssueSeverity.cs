namespace ClaimModel.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>The document is invalid: it must not be stored or analysed as it is.</summary>
    Error,

    /// <summary>The document is usable but something looks wrong.</summary>
    Warning,
}
