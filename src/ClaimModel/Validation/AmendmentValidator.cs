using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Amendment"/>: it names an existing claim, denial or actor; it adds something
/// (<see cref="ErrorCodes.AmendmentEmpty"/>), and only what its target takes — reports to a claim or denial, aliases,
/// affiliations and identity links to an actor (<see cref="ErrorCodes.AmendmentWrongKind"/>); each addition is valid
/// (a report's statement positions against the amended claim).</summary>
/// <remarks><see cref="ClaimValidation.Validate(ClaimDocument)"/> applies a document's amendments first
/// (<see cref="AmendmentApplier"/>) and validates what they add where it lands, reporting it at the amendment's path;
/// the amendments it checks with this validator are the ones that could not be applied.</remarks>
public sealed class AmendmentValidator : AbstractValidator<Amendment>, IRecordValidator<Amendment>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Amendment> Rules = new()
    {
        {
            nameof(Amendment.Amends), static (ref issues, amendment) =>
            {
                if (amendment.Reports.IsEmpty && amendment.Aliases.IsEmpty && amendment.Affiliations.IsEmpty && amendment.SameAs.IsEmpty)
                {
                    issues.FailAt(string.Empty, ErrorCodes.AmendmentEmpty, "adds nothing: give the reports, aliases, affiliations or identity links (sameAs) it adds, or remove it", null);
                }

                issues.Reference(amendment.Amends, AmendmentApplier.Targets);
            }
        },
        {
            nameof(Amendment.Reports), static (ref issues, amendment) =>
            {
                var target = TargetOf(ref issues, amendment);
                if (!amendment.Reports.IsEmpty && target.Kind == EntityKind.Actor)
                {
                    issues.Fail(ErrorCodes.AmendmentWrongKind, "adds reports to an actor: reports go to claims and denials (an actor gains aliases, affiliations and identity links)", amendment.Amends);
                }

                var statements = target.Kind switch
                {
                    EntityKind.Claim => issues.Index!.Document.Claims[target.Index]!.Statements.Count,
                    EntityKind.Denial => RecordIssues.DenialStatements,
                    _ => RecordIssues.UnknownStatements,
                };
                issues.AddedReports(amendment.Reports, statements);
            }
        },
        {
            nameof(Amendment.Aliases), static (ref issues, amendment) =>
            {
                ActorOnly(ref issues, amendment, amendment.Aliases.IsEmpty, "aliases");
                issues.RequiredTexts(amendment.Aliases);
            }
        },
        {
            nameof(Amendment.Affiliations), static (ref issues, amendment) =>
            {
                ActorOnly(ref issues, amendment, amendment.Affiliations.IsEmpty, "affiliations");
                issues.Elements(amendment.Affiliations, AffiliationValidator.Instance);
            }
        },
        {
            nameof(Amendment.SameAs), static (ref issues, amendment) =>
            {
                ActorOnly(ref issues, amendment, amendment.SameAs.IsEmpty, "identity links");
                issues.Elements(amendment.SameAs, IdentityLinkValidator.Instance);
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly AmendmentValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public AmendmentValidator() => Rules.AddTo(this);

    RecordRules<Amendment> IRecordValidator<Amendment>.Rules => Rules;

    /// <summary>The kind and index of the record the amendment names, when the document has it (kind
    /// <see langword="null"/> otherwise, or when references are not resolved).</summary>
    private static (EntityKind? Kind, int Index) TargetOf(ref RecordIssues issues, Amendment amendment) =>
        amendment.Amends is { } id && issues.Index is { } index && index.TryFind(id, out var kind, out var found) ? (kind, found) : (null, -1);

    private static void ActorOnly(ref RecordIssues issues, Amendment amendment, bool empty, string what)
    {
        if (!empty && TargetOf(ref issues, amendment).Kind is EntityKind.Claim or EntityKind.Denial)
        {
            issues.Fail(ErrorCodes.AmendmentWrongKind, "adds " + what + " to a claim or denial: only an actor takes aliases, affiliations and identity links (a claim or denial gains reports)", amendment.Amends);
        }
    }
}
