namespace ClaimModel.Cli;

/// <summary>How many records of each kind a document holds; figures are counted wherever a statement
/// carries one (quantity figures and presence distances, in claims and denials).</summary>
internal sealed record CorpusCounts(int Actors, int Sources, int Incidents, int Claims, int Denials, int Figures)
{
    /// <summary>Counts the records of <paramref name="document"/>.</summary>
    public static CorpusCounts Of(ClaimDocument document)
    {
        var figures = 0;
        foreach (var claim in document.Claims)
        {
            foreach (var statement in claim?.Statements ?? default)
            {
                figures += FiguresIn(statement);
            }
        }

        foreach (var denial in document.Denials)
        {
            figures += FiguresIn(denial?.Statement);
        }

        return new CorpusCounts(
            document.Actors.Count, document.Sources.Count, document.Incidents.Count, document.Claims.Count, document.Denials.Count, figures);
    }

    /// <summary>The counts as one line: <c>12 actors, 3 sources, ...</c>.</summary>
    public override string ToString() => string.Join(
        ", ",
        Plural(Actors, "actor"),
        Plural(Sources, "source"),
        Plural(Incidents, "incident"),
        Plural(Claims, "claim"),
        Plural(Denials, "denial"),
        Plural(Figures, "figure"));

    /// <summary><c>1 claim</c>, <c>2 claims</c> (invariant culture).</summary>
    public static string Plural(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static int FiguresIn(Statement? statement) => statement switch
    {
        QuantityStatement { Figure: not null } => 1,
        PresenceStatement { Within: not null } => 1,
        _ => 0,
    };
}
