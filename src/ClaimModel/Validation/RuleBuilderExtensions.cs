using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ClaimModel.Serialization;
using FluentValidation;
using FluentValidation.Results;

namespace ClaimModel.Validation;

/// <summary>The rules every validator shares (required text, ids, references, enums, required children) and
/// the one way failures are made: with a stable code, an invariant message and the raw offending value.</summary>
/// <remarks>Failures are added as finished <see cref="ValidationFailure"/> objects, so FluentValidation's
/// localised default messages never appear. Records inside records are validated with
/// <see cref="ChildRecords"/>.</remarks>
internal static class RuleBuilderExtensions
{
    /// <summary>Adds a failure at the property being validated, or at its element number <paramref name="index"/>
    /// when that is not negative.</summary>
    public static void Fail<T>(this ValidationContext<T> context, string code, string message, object? value, int index = -1) =>
        context.AddFailure(new ValidationFailure(context.PathOf(index), message, value) { ErrorCode = code });

    /// <summary>The full path of the property being validated, or of its element number <paramref name="index"/>
    /// when that is not negative (<c>Reports[0]</c>); built only for a failure.</summary>
    public static string PathOf<T>(this ValidationContext<T> context, int index) =>
        index < 0 ? context.PropertyPath : context.PropertyPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Adds a failure at <paramref name="member"/> of the record being validated (a PascalCase
    /// property name), or at the record itself when <paramref name="member"/> is empty.</summary>
    public static void FailAt<T>(this ValidationContext<T> context, string member, string code, string message, object? value) =>
        context.AddFailure(new ValidationFailure(context.PropertyChain.BuildPropertyPath(member), message, value) { ErrorCode = code });

    /// <summary>Required text: not <see langword="null"/>, not empty, not only white space.</summary>
    public static IRuleBuilderOptionsConditions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom(static (value, context) => context.CheckRequiredText(value));

    /// <summary>A required id in the syntax of <see cref="ErrorCodes.IdSyntax"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, string> Id<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom(static (value, context) =>
        {
            if (context.CheckRequiredText(value) && !Syntax.IsId(value))
            {
                context.Fail(ErrorCodes.IdSyntax, "must be an id: lower-case letters a-z and digits, in runs separated by single '-', '.', '_' or ':'", value);
            }
        });

    /// <summary>A required member (any record type) that must not be <see langword="null"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, TProperty?> Present<T, TProperty>(this IRuleBuilder<T, TProperty?> rule)
        where TProperty : class =>
        rule.Custom(static (value, context) =>
        {
            if (value is null)
            {
                context.Fail(ErrorCodes.Required, "is required", null);
            }
        });

    /// <summary>An enum value that must be one of the enum's defined members.</summary>
    public static IRuleBuilderOptionsConditions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Custom(static (value, context) => CheckDefined(context, value));

    /// <summary>An optional enum value that, when present, must be one of the enum's defined members.</summary>
    public static IRuleBuilderOptionsConditions<T, TEnum?> Defined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.Custom(static (value, context) =>
        {
            if (value is { } defined)
            {
                CheckDefined(context, defined);
            }
        });

    /// <summary>A reference to a record of kind <paramref name="kind"/>; required unless <paramref name="optional"/>.
    /// References are resolved only when a whole document is validated (the <see cref="DocumentIndex"/> is in the
    /// root context data); a record validated alone gets only its own rules.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Reference<T>(this IRuleBuilder<T, string?> rule, EntityKind kind, bool optional = false) =>
        rule.Custom((value, context) =>
        {
            if (value is null && optional)
            {
                return;
            }

            if (context.CheckRequiredText(value))
            {
                CheckReference(context, value, kind);
            }
        });

    /// <summary>An array of references, each required and resolved like <see cref="Reference{T}"/>.</summary>
    public static IRuleBuilderOptionsConditions<T, ValueList<string>> References<T>(this IRuleBuilder<T, ValueList<string>> rule, EntityKind kind) =>
        rule.Custom((ids, context) => EachText(context, ids, "must not be null: remove the element or give an id", kind));

    /// <summary>An array of required texts.</summary>
    public static IRuleBuilderOptionsConditions<T, ValueList<string>> RequiredTexts<T>(this IRuleBuilder<T, ValueList<string>> rule) =>
        rule.Custom(static (texts, context) => EachText(context, texts, "must not be null: remove the element or give a value", null));

    /// <summary>The document index, when a whole document is being validated.</summary>
    public static DocumentIndex? Index<T>(this ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(DocumentIndex.ContextKey, out var index) ? index as DocumentIndex : null;

    /// <summary>Fails with <see cref="ErrorCodes.Required"/> unless <paramref name="value"/> has a non-white-space
    /// character; returns whether it has.</summary>
    public static bool CheckRequiredText<T>(this ValidationContext<T> context, [NotNullWhen(true)] string? value, int index = -1)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.Fail(ErrorCodes.Required, value is null ? "is required" : "must not be empty or white space", value, index);
            return false;
        }

        return true;
    }

    private static void CheckDefined<T, TEnum>(ValidationContext<T> context, TEnum value)
        where TEnum : struct, Enum
    {
        if (!EnumText<TEnum>.IsDefined(value))
        {
            context.Fail(ErrorCodes.EnumUndefined, "must be one of: " + EnumText<TEnum>.AllNames, value);
        }
    }

    /// <summary>Each element of <paramref name="texts"/>: not <see langword="null"/> (<see cref="ErrorCodes.ElementNull"/>
    /// with <paramref name="nullMessage"/>), not empty and, with a <paramref name="reference"/> kind, resolved.</summary>
    private static void EachText<T>(ValidationContext<T> context, ValueList<string> texts, string nullMessage, EntityKind? reference)
    {
        var span = texts.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var text = span[i];
            if (text is null)
            {
                context.Fail(ErrorCodes.ElementNull, nullMessage, null, i);
            }
            else if (context.CheckRequiredText(text, i) && reference is { } kind)
            {
                CheckReference(context, text, kind, i);
            }
        }
    }

    private static void CheckReference<T>(ValidationContext<T> context, string id, EntityKind kind, int element = -1)
    {
        var index = context.Index();
        if (index is null)
        {
            return;
        }

        if (!index.TryFind(id, out var foundKind, out var foundIndex))
        {
            context.Fail(ErrorCodes.ReferenceDangling, "refers to " + EntityKindText.WithArticle(kind) + " id that no record in the document has: add the record or fix the id", id, element);
        }
        else if (foundKind != kind)
        {
            context.Fail(
                ErrorCodes.ReferenceWrongKind,
                "must refer to " + EntityKindText.WithArticle(kind) + ", but this id belongs to " + EntityKindText.WithArticle(foundKind) + " (" + EntityKindText.Path(foundKind, foundIndex) + ")",
                id,
                element);
        }
    }
}
