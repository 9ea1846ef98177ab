namespace ClaimModel.Serialization;

/// <summary>The registry of every type <see cref="ClaimJson.Options"/> converts. To add a type, add one
/// line here: <c>.Add(new MyConverter())</c> for a hand-written <c>JsonConverter&lt;T&gt;</c>, or
/// <c>.Add&lt;T&gt;(TFormat.Read, TFormat.Write)</c> / <c>.AddWithList&lt;T&gt;(...)</c> for a format class.</summary>
internal static class ClaimJsonConverters
{
    /// <summary>The resolver holding every converter.</summary>
    public static readonly ClaimJsonTypeInfoResolver Resolver = new ClaimJsonTypeInfoResolver()
        .Add<ClaimDocument>(ClaimDocumentFormat.Read, ClaimDocumentFormat.Write)
        .AddWithList<Actor>(ActorFormat.Read, ActorFormat.Write)
        .AddWithList<Affiliation>(AffiliationFormat.Read, AffiliationFormat.Write)
        .AddWithList<Source>(SourceFormat.Read, SourceFormat.Write)
        .AddWithList<Incident>(IncidentFormat.Read, IncidentFormat.Write)
        .Add<Place>(PlaceFormat.Read, PlaceFormat.Write)
        .Add<GeoPoint>(GeoPointFormat.Read, GeoPointFormat.Write)
        .AddWithList<Target>(TargetFormat.Read, TargetFormat.Write)
        .Add<TimeSpec>(TimeSpecFormat.Read, TimeSpecFormat.Write)
        .Add<RelativeDay>(RelativeDayFormat.Read, RelativeDayFormat.Write)
        .Add<Figure>(FigureFormat.Read, FigureFormat.Write)
        .AddWithList<Statement>(StatementFormat.Read, StatementFormat.Write)
        .Add<ResponsibilityStatement>(ResponsibilityStatementFormat.Read, ResponsibilityStatementFormat.Write)
        .Add<PresenceStatement>(PresenceStatementFormat.Read, PresenceStatementFormat.Write)
        .Add<QuantityStatement>(QuantityStatementFormat.Read, QuantityStatementFormat.Write)
        .Add<TargetStatement>(TargetStatementFormat.Read, TargetStatementFormat.Write)
        .Add<OccurrenceStatement>(OccurrenceStatementFormat.Read, OccurrenceStatementFormat.Write)
        .Add<TextStatement>(TextStatementFormat.Read, TextStatementFormat.Write)
        .AddWithList<Claim>(ClaimFormat.Read, ClaimFormat.Write)
        .AddWithList<Denial>(DenialFormat.Read, DenialFormat.Write)
        .AddWithList<Report>(ReportFormat.Read, ReportFormat.Write)
        .Add<Quote>(QuoteFormat.Read, QuoteFormat.Write)
        .AddList<string>(JsonReadContext.StringValue, JsonWrite.StringValue);
}
