using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Target"/>: a defined kind; a target of kind <c>other</c> needs a name.</summary>
public sealed class TargetValidator : AbstractValidator<Target>, IRecordValidator<Target>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Target> Rules = new()
    {
        { nameof(Target.Kind), static (ref issues, target) => issues.Defined(target.Kind) },
        {
            nameof(Target.Name), static (ref issues, target) =>
            {
                if (target.Kind == TargetKind.Other && string.IsNullOrWhiteSpace(target.Name))
                {
                    issues.Fail(ErrorCodes.TargetNameRequired, "is required when the kind is 'other': say what was hit", target.Name);
                }
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TargetValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TargetValidator() => Rules.AddTo(this);

    RecordRules<Target> IRecordValidator<Target>.Rules => Rules;
}
