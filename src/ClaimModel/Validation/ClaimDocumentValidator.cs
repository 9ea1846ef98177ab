using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace ClaimModel.Validation;

/// <summary>Validates a whole <see cref="ClaimDocument"/>: every record with its own validator (amendments too), and
/// what spans records — duplicate ids, dangling and wrong-kind references, affiliation cycles, identity links that
/// contradict each other (<see cref="ErrorCodes.IdentityConflict"/>), <c>partOf</c> cycles, updates of another voice,
/// of a later claim or in a cycle, statement positions, and evidence quotes against their sources' texts.</summary>
/// <remarks>
/// <para>Ids: actors, sources, incidents, claims and denials share one document-wide id space (the model's
/// "document-wide id"), so an id names one record wherever it is used and a reference to a record of the wrong
/// kind is reported as such (<see cref="ErrorCodes.ReferenceWrongKind"/>). The first record with an id owns it.</para>
/// <para>The lookup sets are built once per document (in <see cref="PreValidate"/>) and shared with the record
/// validators through FluentValidation's root context data. Prefer <see cref="ClaimValidation.Validate(ClaimDocument)"/>, which
/// also turns the failures into ordered <see cref="ValidationIssue"/>s and never throws.</para>
/// </remarks>
public sealed class ClaimDocumentValidator : AbstractValidator<ClaimDocument>
{
    /// <summary>The rules (declared before <see cref="Instance"/>, which is built from them): each record with its
    /// validator's rules, then what spans records.</summary>
    private static readonly RecordRules<ClaimDocument> Rules = new()
    {
        { nameof(ClaimDocument.Actors), static (ref issues, document) => issues.Elements(document.Actors, ActorValidator.Instance) },
        { nameof(ClaimDocument.Sources), static (ref issues, document) => issues.Elements(document.Sources, SourceValidator.Instance) },
        { nameof(ClaimDocument.Incidents), static (ref issues, document) => issues.Elements(document.Incidents, IncidentValidator.Instance) },
        { nameof(ClaimDocument.Claims), static (ref issues, document) => issues.Elements(document.Claims, ClaimValidator.Instance) },
        { nameof(ClaimDocument.Denials), static (ref issues, document) => issues.Elements(document.Denials, DenialValidator.Instance) },
        { nameof(ClaimDocument.Amendments), static (ref issues, document) => issues.Elements(document.Amendments, AmendmentValidator.Instance) },
        { nameof(ClaimDocument.Actors), static (ref issues, document) => CheckDuplicates(ref issues, document) },
        { nameof(ClaimDocument.Actors), static (ref issues, document) => CheckAffiliationCycles(ref issues, document) },
        { nameof(ClaimDocument.Actors), static (ref issues, document) => IdentityConflicts.Check(ref issues, IndexOf(ref issues, document)) },
        { nameof(ClaimDocument.Incidents), static (ref issues, document) => CheckPartOfCycles(ref issues, document) },
        { nameof(ClaimDocument.Claims), static (ref issues, document) => UpdateRules.Check(ref issues, IndexOf(ref issues, document)) },
        { nameof(ClaimDocument.Claims), static (ref issues, document) => UpdateRules.CheckCycles(ref issues, IndexOf(ref issues, document)) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ClaimDocumentValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ClaimDocumentValidator() => Rules.AddTo(this);

    /// <summary>Builds the document's lookup sets once, before any rule runs.</summary>
    /// <param name="context">The validation context.</param>
    /// <param name="result">The result being built.</param>
    /// <returns><see langword="false"/> (nothing validated) for a <see langword="null"/> document.</returns>
    protected override bool PreValidate(ValidationContext<ClaimDocument> context, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (context.InstanceToValidate is null)
        {
            result.Errors.Add(new ValidationFailure(string.Empty, "the document is missing", null) { ErrorCode = ErrorCodes.DocumentNull });
            return false;
        }

        if (!(context.RootContextData.TryGetValue(DocumentIndex.ContextKey, out var index) && index is DocumentIndex))
        {
            context.RootContextData[DocumentIndex.ContextKey] = new DocumentIndex(context.InstanceToValidate);
        }

        return true;
    }

    private static DocumentIndex IndexOf(ref RecordIssues issues, ClaimDocument document) =>
        issues.Index ?? new DocumentIndex(document);

    private static void CheckDuplicates(ref RecordIssues issues, ClaimDocument document)
    {
        foreach (var duplicate in IndexOf(ref issues, document).Duplicates)
        {
            var path = EntityKindText.Path(duplicate.Kind, duplicate.Index) + ".id";
            var owner = EntityKindText.Path(duplicate.OwnerKind, duplicate.OwnerIndex);
            issues.Add(new ValidationFailure(path, "is already the id of " + owner + ": ids must be unique across actors, sources, incidents, claims and denials", duplicate.Id)
            {
                ErrorCode = ErrorCodes.IdDuplicate,
            });
        }
    }

    private static void CheckAffiliationCycles(ref RecordIssues issues, ClaimDocument document)
    {
        foreach (var cycle in CycleFinder.AffiliationCycles(IndexOf(ref issues, document)))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"actors[{cycle.Record}].affiliations[{cycle.Edge}].actor");
            var target = document.Actors[cycle.Record]!.Affiliations[cycle.Edge]!.Actor;
            issues.Add(new ValidationFailure(path, "closes an affiliation cycle (affiliations must form a hierarchy): " + cycle.Text, target)
            {
                ErrorCode = ErrorCodes.AffiliationCycle,
            });
        }
    }

    private static void CheckPartOfCycles(ref RecordIssues issues, ClaimDocument document)
    {
        foreach (var cycle in CycleFinder.PartOfCycles(IndexOf(ref issues, document)))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"incidents[{cycle.Record}].partOf");
            var target = document.Incidents[cycle.Record]!.PartOf;
            issues.Add(new ValidationFailure(path, "closes a partOf cycle (an incident cannot be part of itself): " + cycle.Text, target)
            {
                ErrorCode = ErrorCodes.PartOfCycle,
            });
        }
    }
}
