namespace ClaimModel.Serialization;

/// <summary>The registry of every type <see cref="ClaimJson.Options"/> converts. To add a type, add one line
/// here: <c>.Add(new MyConverter())</c> for a hand-written <c>JsonConverter&lt;T&gt;</c>, or
/// <c>.Add(WireFormat.X)</c> / <c>.AddWithList(WireFormat.X)</c> for a wire format.</summary>
internal static class ClaimJsonConverters
{
    /// <summary>The resolver holding every converter.</summary>
    public static readonly ClaimJsonTypeInfoResolver Resolver = new ClaimJsonTypeInfoResolver()
        .Add(WireFormat.ClaimDocument)
        .AddWithList(WireFormat.Actor)
        .AddWithList(WireFormat.Affiliation)
        .AddWithList(WireFormat.IdentityLink)
        .AddWithList(WireFormat.Source)
        .AddWithList(WireFormat.Incident)
        .Add(WireFormat.Place)
        .Add(WireFormat.GeoPoint)
        .AddWithList(WireFormat.Target)
        .Add(WireFormat.TimeSpec)
        .Add(WireFormat.RelativeDay)
        .Add(WireFormat.Figure)
        .AddWithList(StatementFormat.Instance)
        .Add(WireFormat.ResponsibilityStatement)
        .Add(WireFormat.PresenceStatement)
        .Add(WireFormat.QuantityStatement)
        .Add(WireFormat.TargetStatement)
        .Add(WireFormat.OccurrenceStatement)
        .Add(WireFormat.TextStatement)
        .AddWithList(WireFormat.Claim)
        .AddWithList(WireFormat.Denial)
        .AddWithList(WireFormat.Report)
        .Add(WireFormat.Quote)
        .AddWithList(WireFormat.Amendment)
        .AddWithList(Reporting.OutputWireFormat.Participant)
        .AddWithList(Reporting.OutputWireFormat.Finding)
        .Add(new FindingListFormat(Reporting.OutputWireFormat.Finding))
        .AddWithList(Reporting.OutputWireFormat.Interval)
        .AddWithList(Reporting.OutputWireFormat.Comparison)
        .AddWithList(Reporting.OutputWireFormat.Revision)
        .AddWithList(Reporting.OutputWireFormat.Voice)
        .AddWithList(Reporting.OutputWireFormat.Position)
        .AddWithList(Reporting.OutputWireFormat.Dispute)
        .AddWithList(Reporting.OutputWireFormat.Range)
        .AddWithList(Reporting.OutputWireFormat.Incident)
        .Add(Reporting.OutputWireFormat.DisputeReport)
        .AddWithList(Reporting.OutputWireFormat.Issue)
        .Add(Reporting.OutputWireFormat.Outcome)
        .Add(Reporting.OutputWireFormat.Report)
        .Add(new ListFormat<int>(Int32Format.Instance))
        .Add(new ListFormat<string>(StringFormat.Instance));
}
