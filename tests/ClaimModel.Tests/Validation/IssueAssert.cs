using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>Assertions on validation outcomes, comparing (code, path, value) triples so failures print readably.</summary>
internal static class IssueAssert
{
    public static void Valid(ClaimDocument document) => Valid(ClaimValidation.Validate(document));

    /// <summary>Asserts <paramref name="outcome"/> has no issue at all.</summary>
    public static void Valid(ValidationOutcome outcome)
    {
        Assert.True(outcome.IsValid, outcome.Format());
        Assert.Empty(outcome.Issues);
    }

    /// <summary>Asserts the outcome has exactly these issues, in this order.</summary>
    public static void Exactly(ClaimDocument document, params (string Code, string Path, string? Value)[] expected) =>
        Exactly(ClaimValidation.Validate(document), expected);

    /// <summary>Asserts <paramref name="outcome"/> has exactly these issues, in this order, and is invalid.</summary>
    public static void Exactly(ValidationOutcome outcome, params (string Code, string Path, string? Value)[] expected)
    {
        var actual = outcome.Issues.Select(i => (i.Code, i.Path, i.Value)).ToArray();
        Assert.Equal(expected, actual);
        Assert.False(outcome.IsValid);
    }

    /// <summary>Asserts the outcome has exactly one issue.</summary>
    public static void Single(ClaimDocument document, string code, string path, string? value) =>
        Exactly(document, (code, path, value));
}
