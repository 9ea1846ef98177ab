using System.Globalization;
using ClaimModel.Serialization;

namespace ClaimModel.Validation;

/// <summary>Turns an offending value into the text of <see cref="ValidationIssue.Value"/>: invariant culture,
/// enums by their wire names, long text cut to <see cref="ValidationIssue.MaxValueLength"/>.</summary>
internal static class ValueText
{
    /// <summary>The value as text, or <see langword="null"/> for a missing value.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => Cut(text),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        ActorKind e => EnumText<ActorKind>.Name(e),
        AffiliationRelation e => EnumText<AffiliationRelation>.Name(e),
        SourceKind e => EnumText<SourceKind>.Name(e),
        IncidentKind e => EnumText<IncidentKind>.Name(e),
        PlacePrecision e => EnumText<PlacePrecision>.Name(e),
        TargetKind e => EnumText<TargetKind>.Name(e),
        TimePrecision e => EnumText<TimePrecision>.Name(e),
        DayPart e => EnumText<DayPart>.Name(e),
        DayOfWeek e => EnumText<DayOfWeek>.Name(e),
        FigureQualifier e => EnumText<FigureQualifier>.Name(e),
        VagueQuantity e => EnumText<VagueQuantity>.Name(e),
        Modality e => EnumText<Modality>.Name(e),
        ActorCombination e => EnumText<ActorCombination>.Name(e),
        Intent e => EnumText<Intent>.Name(e),
        TargetScope e => EnumText<TargetScope>.Name(e),
        DeniedAspect e => EnumText<DeniedAspect>.Name(e),
        Characterization e => EnumText<Characterization>.Name(e),
        IdentityCertainty e => EnumText<IdentityCertainty>.Name(e),
        StatementKind e => EnumText<StatementKind>.Name(e),
        IFormattable formattable => Cut(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Cut(value.ToString() ?? string.Empty),
    };

    /// <summary>Cuts <paramref name="text"/> to <see cref="ValidationIssue.MaxValueLength"/> characters, ending
    /// with <c>…</c>, without splitting a surrogate pair.</summary>
    public static string Cut(string text)
    {
        const int Max = ValidationIssue.MaxValueLength;
        if (text.Length <= Max)
        {
            return text;
        }

        var keep = Max - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }
}
