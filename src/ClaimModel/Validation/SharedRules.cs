using System.Diagnostics.CodeAnalysis;
using ClaimModel.Serialization;

namespace ClaimModel.Validation;

/// <summary>The checks every record's rules share (required text, ids, references, enums, required members),
/// reported to <see cref="RecordIssues"/> with a stable code, an invariant message and the raw offending value.</summary>
/// <remarks>Failures are finished <see cref="FluentValidation.Results.ValidationFailure"/> objects, so
/// FluentValidation's localised default messages never appear. Records inside records are checked with
/// <see cref="ChildRecords"/>.</remarks>
internal static class SharedRules
{
    /// <summary>Required text: not <see langword="null"/>, not empty, not only white space.</summary>
    public static void RequiredText(this ref RecordIssues issues, string? value) => issues.CheckRequiredText(value);

    /// <summary>A required id in the syntax of <see cref="ErrorCodes.IdSyntax"/>.</summary>
    public static void Id(this ref RecordIssues issues, string? value)
    {
        if (issues.CheckRequiredText(value) && !Syntax.IsId(value))
        {
            issues.Fail(ErrorCodes.IdSyntax, "must be an id: lower-case letters a-z and digits, in runs separated by single '-', '.', '_' or ':'", value);
        }
    }

    /// <summary>A required member (any record type) that must not be <see langword="null"/>; returns whether it is present.</summary>
    public static bool Present(this ref RecordIssues issues, [NotNullWhen(true)] object? value)
    {
        if (value is null)
        {
            issues.Fail(ErrorCodes.Required, "is required", null);
            return false;
        }

        return true;
    }

    /// <summary>An enum value that must be one of the enum's defined members.</summary>
    public static void Defined<TEnum>(this ref RecordIssues issues, TEnum value)
        where TEnum : struct, Enum
    {
        if (!EnumText<TEnum>.IsDefined(value))
        {
            issues.Fail(ErrorCodes.EnumUndefined, "must be one of: " + EnumText<TEnum>.AllNames, value);
        }
    }

    /// <summary>An optional enum value that, when present, must be one of the enum's defined members.</summary>
    public static void Defined<TEnum>(this ref RecordIssues issues, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } defined)
        {
            issues.Defined(defined);
        }
    }

    /// <summary>A reference to a record of kind <paramref name="kind"/>; required unless <paramref name="optional"/>.
    /// References are resolved only when a whole document is validated (the <see cref="DocumentIndex"/> is in the
    /// root context data); a record validated alone gets only its own rules.</summary>
    public static void Reference(this ref RecordIssues issues, string? value, EntityKind kind, bool optional = false)
    {
        if (value is null && optional)
        {
            return;
        }

        if (issues.CheckRequiredText(value))
        {
            issues.CheckReference(value, [kind]);
        }
    }

    /// <summary>A required reference to a record of any of the <paramref name="kinds"/>, resolved like
    /// <see cref="Reference(ref RecordIssues, string?, EntityKind, bool)"/>.</summary>
    public static void Reference(this ref RecordIssues issues, string? value, EntityKind[] kinds)
    {
        if (issues.CheckRequiredText(value))
        {
            issues.CheckReference(value, kinds);
        }
    }

    /// <summary>An array of references, each required and resolved like <see cref="Reference(ref RecordIssues, string?, EntityKind, bool)"/>.</summary>
    public static void References(this ref RecordIssues issues, ValueList<string> ids, EntityKind kind) =>
        issues.EachText(ids, "must not be null: remove the element or give an id", [kind]);

    /// <summary>An array of references, each required and naming a record of any of the <paramref name="kinds"/>.</summary>
    public static void References(this ref RecordIssues issues, ValueList<string> ids, EntityKind[] kinds) =>
        issues.EachText(ids, "must not be null: remove the element or give an id", kinds);

    /// <summary>An array of required texts.</summary>
    public static void RequiredTexts(this ref RecordIssues issues, ValueList<string> texts) =>
        issues.EachText(texts, "must not be null: remove the element or give a value", []);

    /// <summary>Optional text: absent, or with a non-white-space character (<see cref="ErrorCodes.Required"/>).</summary>
    public static void OptionalText(this ref RecordIssues issues, string? value)
    {
        if (value is not null)
        {
            issues.CheckRequiredText(value);
        }
    }

    /// <summary>Fails with <see cref="ErrorCodes.Required"/> unless <paramref name="value"/> has a non-white-space
    /// character; returns whether it has.</summary>
    public static bool CheckRequiredText(this ref RecordIssues issues, [NotNullWhen(true)] string? value, int index = -1)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            issues.Fail(ErrorCodes.Required, value is null ? "is required" : "must not be empty or white space", value, index);
            return false;
        }

        return true;
    }

    /// <summary>Each element of <paramref name="texts"/>: not <see langword="null"/> (<see cref="ErrorCodes.ElementNull"/>
    /// with <paramref name="nullMessage"/>), not empty and, with reference <paramref name="kinds"/>, resolved.</summary>
    private static void EachText(this ref RecordIssues issues, ValueList<string> texts, string nullMessage, scoped ReadOnlySpan<EntityKind> kinds)
    {
        var span = texts.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var text = span[i];
            if (text is null)
            {
                issues.Fail(ErrorCodes.ElementNull, nullMessage, null, i);
            }
            else if (issues.CheckRequiredText(text, i) && !kinds.IsEmpty)
            {
                issues.CheckReference(text, kinds, i);
            }
        }
    }

    /// <summary>Resolves <paramref name="id"/> (the member being checked, or its element number <paramref name="element"/>)
    /// to a record of one of the <paramref name="kinds"/>: <see cref="ErrorCodes.ReferenceDangling"/> when no record has
    /// it, <see cref="ErrorCodes.ReferenceWrongKind"/> when a record of another kind has it. Returns the index of the
    /// record it names, or −1 (also when references are not resolved: a record validated alone).</summary>
    public static int CheckReference(this ref RecordIssues issues, string id, scoped ReadOnlySpan<EntityKind> kinds, int element = -1)
    {
        var index = issues.Index;
        if (index is null)
        {
            return -1;
        }

        if (!index.TryFind(id, out var foundKind, out var foundIndex))
        {
            issues.Fail(ErrorCodes.ReferenceDangling, "refers to " + EntityKindText.AnyOf(kinds) + " id that no record in the document has: add the record or fix the id", id, element);
            return -1;
        }

        if (!kinds.Contains(foundKind))
        {
            issues.Fail(
                ErrorCodes.ReferenceWrongKind,
                "must refer to " + EntityKindText.AnyOf(kinds) + ", but this id belongs to " + EntityKindText.WithArticle(foundKind) + " (" + EntityKindText.Path(foundKind, foundIndex) + ")",
                id,
                element);
            return -1;
        }

        return foundIndex;
    }
}
