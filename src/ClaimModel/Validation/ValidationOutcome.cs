using System.Text;

namespace ClaimModel.Validation;

/// <summary>The result of validating a document: every issue found, in document order.</summary>
/// <remarks>
/// Issues are ordered by the record they belong to, in document order (the root, then <c>actors</c>,
/// <c>sources</c>, <c>incidents</c>, <c>claims</c>, <c>denials</c>, <c>amendments</c>, each by index; what an amendment
/// added to a record counts as part of the amendment); inside one record, the
/// record's own rules come first in member declaration order, then the rules that span records (duplicate
/// ids, cycles). The same document always gives the same issues in the same order.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<ValidationOutcome>))]
public sealed class ValidationOutcome
{
    /// <summary>Creates an outcome from issues already in order.</summary>
    /// <param name="issues">The issues, in document order (copied).</param>
    public ValidationOutcome(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        Issues = issues.ToArray();
    }

    /// <summary>Every issue, in document order.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Whether there is no issue of severity <see cref="IssueSeverity.Error"/>.</summary>
    public bool IsValid
    {
        get
        {
            foreach (var issue in Issues)
            {
                if (issue.Severity == IssueSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The issues one per line (<see cref="ValidationIssue.ToString"/>), LF line endings;
    /// <c>valid</c> when there are none.</summary>
    /// <returns>The formatted list.</returns>
    public string Format()
    {
        if (Issues.Count == 0)
        {
            return "valid\n";
        }

        var builder = new StringBuilder();
        foreach (var issue in Issues)
        {
            builder.Append(issue.ToString()).Append('\n');
        }

        return builder.ToString();
    }
}
