using System.Globalization;

namespace ClaimModel.Validation;

/// <summary>The rule of references to a claim or to one statement of it (<see cref="StatementReference"/>:
/// <c>claimId</c> or <c>claimId#n</c>), as a denial names what it rejects.</summary>
internal static class StatementReferenceRule
{
    /// <summary>The claims a denial names (<see cref="Denial.DeniedClaims"/>): each given (<see cref="ErrorCodes.ElementNull"/>,
    /// <see cref="ErrorCodes.Required"/>), well formed (<see cref="ErrorCodes.StatementReferenceSyntax"/>), naming an
    /// existing claim (<see cref="ErrorCodes.ReferenceDangling"/>, <see cref="ErrorCodes.ReferenceWrongKind"/>) and,
    /// with <c>#n</c>, a position the claim has (<see cref="ErrorCodes.StatementPosition"/>).</summary>
    public static void StatementReferences(this ref RecordIssues issues, ValueList<string> references)
    {
        var span = references.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var text = span[i];
            if (text is null)
            {
                issues.Fail(ErrorCodes.ElementNull, "must not be null: remove the element or give a claim id", null, i);
                continue;
            }

            if (!issues.CheckRequiredText(text, i))
            {
                continue;
            }

            if (!StatementReference.TryParse(text, out var claimId, out var position) || claimId.Length == 0)
            {
                issues.Fail(ErrorCodes.StatementReferenceSyntax, "must be a claim id (\"c-a10\") or a claim id, '#' and a statement position without leading zeros (\"c-a10#1\")", text, i);
                continue;
            }

            var claim = issues.CheckReference(claimId, [EntityKind.Claim], i);
            if (claim < 0 || position is not { } p || issues.Index!.Document.Claims[claim] is not { } target)
            {
                continue;
            }

            var count = target.Statements.Count;
            if (p >= count)
            {
                issues.Fail(
                    ErrorCodes.StatementPosition,
                    string.Create(CultureInfo.InvariantCulture, $"names statement {p}, but the claim has {count} statement{(count == 1 ? string.Empty : "s")}: positions count from 0"),
                    text,
                    i);
            }
        }
    }
}
