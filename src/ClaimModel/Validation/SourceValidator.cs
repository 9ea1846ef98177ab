using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Source"/>: id, kind, outlet, an absolute http(s) URL, a valid publication time,
/// an existing affiliated actor.</summary>
public sealed class SourceValidator : AbstractValidator<Source>, IRecordValidator<Source>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Source> Rules = new()
    {
        { nameof(Source.Id), static (ref issues, source) => issues.Id(source.Id) },
        { nameof(Source.Kind), static (ref issues, source) => issues.Defined(source.Kind) },
        { nameof(Source.Outlet), static (ref issues, source) => issues.RequiredText(source.Outlet) },
        {
            nameof(Source.Url), static (ref issues, source) =>
            {
                if (source.Url is not null && !Syntax.IsHttpUrl(source.Url))
                {
                    issues.Fail(ErrorCodes.UrlSyntax, "must be an absolute http or https URL (\"https://example.org/article\")", source.Url);
                }
            }
        },
        { nameof(Source.Published), static (ref issues, source) => issues.Child(source.Published, TimeSpecValidator.Instance) },
        { nameof(Source.AffiliatedActor), static (ref issues, source) => issues.Reference(source.AffiliatedActor, EntityKind.Actor, optional: true) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly SourceValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public SourceValidator() => Rules.AddTo(this);

    RecordRules<Source> IRecordValidator<Source>.Rules => Rules;
}
