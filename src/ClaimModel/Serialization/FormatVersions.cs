namespace ClaimModel.Serialization;

/// <summary>What changed between wire-format versions, beyond the members (which <see cref="WireFormat"/> tags with
/// the versions they exist in): the enum values each version added, and the words by which a version 1 figure
/// said "nearly". A version 1 document is read into the current model with the same meaning; this class and the
/// version 1 members of the tables are that mapping.</summary>
internal static class FormatVersions
{
    /// <summary>The oldest version read.</summary>
    public const int Oldest = 1;

    /// <summary>Words that made a version 1 <c>less-than</c> figure "nearly" (matched in its text, ignoring case):
    /// version 2 reads them as <see cref="FigureQualifier.Nearly"/>.</summary>
    public static readonly string[] Version1NearlyWords = ["nearly", "almost", "close to", "just under", "just below", "just short of"];

    /// <summary>The first version that has an enum value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    public static int Since<TEnum>(TEnum value)
        where TEnum : struct, Enum => (object)value switch
        {
            Modality.Hedged => 2,
            FigureQualifier.Nearly => 2,
            ActorKind.PoliticalBody or ActorKind.UnnamedGroup => 2,
            _ => 1,
        };

    /// <summary>The qualifier a version 1 figure means: <c>less-than</c> with one of
    /// <see cref="Version1NearlyWords"/> in its text is <see cref="FigureQualifier.Nearly"/>.</summary>
    /// <param name="qualifier">The qualifier read.</param>
    /// <param name="text">The figure's reported words.</param>
    public static FigureQualifier Version1Qualifier(FigureQualifier qualifier, string? text)
    {
        if (qualifier != FigureQualifier.LessThan || text is null)
        {
            return qualifier;
        }

        foreach (var word in Version1NearlyWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return FigureQualifier.Nearly;
            }
        }

        return qualifier;
    }
}
