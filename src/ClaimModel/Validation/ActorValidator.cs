using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Actor"/>: id, name, kind, non-empty aliases, valid affiliations.</summary>
public sealed class ActorValidator : AbstractValidator<Actor>, IRecordValidator<Actor>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Actor> Rules = new()
    {
        { nameof(Actor.Id), static (ref issues, actor) => issues.Id(actor.Id) },
        { nameof(Actor.Name), static (ref issues, actor) => issues.RequiredText(actor.Name) },
        { nameof(Actor.Kind), static (ref issues, actor) => issues.Defined(actor.Kind) },
        { nameof(Actor.Aliases), static (ref issues, actor) => issues.RequiredTexts(actor.Aliases) },
        { nameof(Actor.Affiliations), static (ref issues, actor) => issues.Elements(actor.Affiliations, AffiliationValidator.Instance) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ActorValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ActorValidator() => Rules.AddTo(this);

    RecordRules<Actor> IRecordValidator<Actor>.Rules => Rules;
}
