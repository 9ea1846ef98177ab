using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Source"/>: id, kind, outlet, an absolute http(s) URL, a valid publication time,
/// an existing affiliated actor.</summary>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly SourceValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public SourceValidator()
    {
        RuleFor(x => x.Id).Id();
        RuleFor(x => x.Kind).Defined();
        RuleFor(x => x.Outlet).RequiredText();
        RuleFor(x => x.Url).Custom(static (url, context) =>
        {
            if (url is not null && !Syntax.IsHttpUrl(url))
            {
                context.Fail(ErrorCodes.UrlSyntax, "must be an absolute http or https URL (\"https://example.org/article\")", url);
            }
        });
        RuleFor(x => x.Published).Child(TimeSpecValidator.Instance);
        RuleFor(x => x.AffiliatedActor).Reference(EntityKind.Actor, optional: true);
    }
}
