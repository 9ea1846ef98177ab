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
            figures += FiguresIn(claim?.Statement);
        }

        foreach (var denial in document.Denials)
        {
            figures += FiguresIn(denial?.Statement);
        }

        return new CorpusCounts(
            document.Actors.Count, document.Sources.Count, document.Incidents.Count, document.Claims.Count, document.Denials.Count, figures);
    }

    /// <summary>The counts as one line: <c>12 actors, 3 sources, ...</c>.</summary>
    public override string ToString() =>
        $"{Actors} actors, {Sources} sources, {Incidents} incidents, {Claims} claims, {Denials} denials, {Figures} figures";

    private static int FiguresIn(Statement? statement) => statement switch
    {
        QuantityStatement { Figure: not null } => 1,
        PresenceStatement { Within: not null } => 1,
        _ => 0,
    };
}
