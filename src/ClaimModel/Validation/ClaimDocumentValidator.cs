using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace ClaimModel.Validation;

/// <summary>Validates a whole <see cref="ClaimDocument"/>: every record with its own validator, and what spans
/// records — duplicate ids, dangling and wrong-kind references, affiliation cycles and <c>partOf</c> cycles, and
/// evidence quotes against their sources' texts.</summary>
/// <remarks>
/// <para>Ids: actors, sources, incidents, claims and denials share one document-wide id space (the model's
/// "document-wide id"), so an id names one record wherever it is used and a reference to a record of the wrong
/// kind is reported as such (<see cref="ErrorCodes.ReferenceWrongKind"/>). The first record with an id owns it.</para>
/// <para>The lookup sets are built once per document (in <see cref="PreValidate"/>) and shared with the record
/// validators through FluentValidation's root context data. Prefer <see cref="ClaimValidation.Validate"/>, which
/// also turns the failures into ordered <see cref="ValidationIssue"/>s and never throws.</para>
/// </remarks>
public sealed class ClaimDocumentValidator : AbstractValidator<ClaimDocument>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ClaimDocumentValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ClaimDocumentValidator()
    {
        RuleFor(x => x.Actors).Elements(ActorValidator.Instance);
        RuleFor(x => x.Sources).Elements(SourceValidator.Instance);
        RuleFor(x => x.Incidents).Elements(IncidentValidator.Instance);
        RuleFor(x => x.Claims).Elements(ClaimValidator.Instance);
        RuleFor(x => x.Denials).Elements(DenialValidator.Instance);
        RuleFor(x => x.Actors).Custom(static (_, context) => CheckDuplicates(context));
        RuleFor(x => x.Actors).Custom(static (_, context) => CheckAffiliationCycles(context));
        RuleFor(x => x.Incidents).Custom(static (_, context) => CheckPartOfCycles(context));
    }

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

        if (context.Index() is null)
        {
            context.RootContextData[DocumentIndex.ContextKey] = new DocumentIndex(context.InstanceToValidate);
        }

        return true;
    }

    private static DocumentIndex IndexOf(ValidationContext<ClaimDocument> context) =>
        context.Index() ?? new DocumentIndex(context.InstanceToValidate);

    private static void CheckDuplicates(ValidationContext<ClaimDocument> context)
    {
        foreach (var duplicate in IndexOf(context).Duplicates)
        {
            var path = EntityKindText.Path(duplicate.Kind, duplicate.Index) + ".id";
            var owner = EntityKindText.Path(duplicate.OwnerKind, duplicate.OwnerIndex);
            context.AddFailure(new ValidationFailure(path, "is already the id of " + owner + ": ids must be unique across actors, sources, incidents, claims and denials", duplicate.Id)
            {
                ErrorCode = ErrorCodes.IdDuplicate,
            });
        }
    }

    private static void CheckAffiliationCycles(ValidationContext<ClaimDocument> context)
    {
        foreach (var cycle in CycleFinder.AffiliationCycles(IndexOf(context)))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"actors[{cycle.Record}].affiliations[{cycle.Edge}].actor");
            var target = context.InstanceToValidate.Actors[cycle.Record]!.Affiliations[cycle.Edge]!.Actor;
            context.AddFailure(new ValidationFailure(path, "closes an affiliation cycle (affiliations must form a hierarchy): " + cycle.Text, target)
            {
                ErrorCode = ErrorCodes.AffiliationCycle,
            });
        }
    }

    private static void CheckPartOfCycles(ValidationContext<ClaimDocument> context)
    {
        foreach (var cycle in CycleFinder.PartOfCycles(IndexOf(context)))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"incidents[{cycle.Record}].partOf");
            var target = context.InstanceToValidate.Incidents[cycle.Record]!.PartOf;
            context.AddFailure(new ValidationFailure(path, "closes a partOf cycle (an incident cannot be part of itself): " + cycle.Text, target)
            {
                ErrorCode = ErrorCodes.PartOfCycle,
            });
        }
    }
}
