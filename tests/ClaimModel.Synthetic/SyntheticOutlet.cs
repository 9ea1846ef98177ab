namespace ClaimModel.Synthetic;

/// <summary>A fictional outlet: its source id (the outlet cited without a document), name, kind, web domain,
/// the zone it dates articles in and, for state media, the state it belongs to.</summary>
internal sealed record SyntheticOutlet(string Id, string Name, SourceKind Kind, string Domain, string Zone, string? AffiliatedActor)
{
    public static readonly SyntheticOutlet[] All =
    [
        new("o-global-wire", "Global Wire", SourceKind.WireAgency, "globalwire.example", "Europe/London", null),
        new("o-continental-press", "Continental Press", SourceKind.WireAgency, "continentalpress.example", "Europe/Paris", null),
        new("o-daily-ledger", "The Daily Ledger", SourceKind.NewsOutlet, "dailyledger.example", "America/New_York", null),
        new("o-evening-courier", "Evening Courier", SourceKind.NewsOutlet, "eveningcourier.example", "Europe/London", null),
        new("o-harbour-times", "Harbour Times", SourceKind.NewsOutlet, "harbourtimes.example", "Asia/Tokyo", null),
        new("o-dunmark-today", "Dunmark Today", SourceKind.StateMedia, "dunmarktoday.example", "Europe/Moscow", "dunmark"),
        new("o-estrava-press", "Estrava Press TV", SourceKind.StateMedia, "estravapress.example", "Asia/Tehran", "estrava"),
        new("o-falkor-agency", "Falkor News Agency", SourceKind.StateMedia, "falkoragency.example", "Europe/Istanbul", "falkor"),
        new("o-arvenia-defence", "Arvenia Defence Department", SourceKind.Government, "defence.arvenia.example", "America/New_York", "arvenia"),
        new("o-observatory-bulletin", "Observatory Bulletin", SourceKind.Ngo, "observatory.example", "Europe/London", "war-observatory"),
        new("o-frontline-feed", "Frontline Feed", SourceKind.SocialMedia, "frontline.example", "Asia/Damascus", null),
    ];

    /// <summary>Indexes of the outlets that relay others' statements (wire agencies and state media).</summary>
    public static readonly int[] Relays =
        [.. Enumerable.Range(0, All.Length).Where(i => All[i].Kind is SourceKind.WireAgency or SourceKind.StateMedia)];

    /// <summary>The outlet-level source (no document, no text).</summary>
    public Source ToSource() => new() { Id = Id, Kind = Kind, Outlet = Name, Url = "https://" + Domain + "/", AffiliatedActor = AffiliatedActor };
}
