namespace ClaimModel.Validation;

/// <summary>The stable codes of <see cref="ValidationIssue.Code"/>. A code never changes meaning once
/// released; new rules get new codes.</summary>
public static class ErrorCodes
{
    /// <summary>The document passed to validation is <see langword="null"/>. Path: the empty path.</summary>
    public const string DocumentNull = "document-null";

    /// <summary>A required member is missing (<see langword="null"/>); for text, empty or only white space (also an
    /// optional text, reference or alias that is given but blank: an actor's <c>name</c> or <c>description</c>, an
    /// identity link's <c>basis</c>); for a target statement's <c>targets</c>, empty.
    /// Example path: <c>actors[0].name</c>.</summary>
    public const string Required = "required";

    /// <summary>An array element is <see langword="null"/>. Example path: <c>claims[2]</c>, <c>actors[0].aliases[1]</c>.</summary>
    public const string ElementNull = "element-null";

    /// <summary>An enum member holds a number that is not one of the enum's defined values.
    /// Example path: <c>actors[0].kind</c>.</summary>
    public const string EnumUndefined = "enum-undefined";

    /// <summary>An id does not match <c>^[a-z0-9]+(?:[-._:][a-z0-9]+)*$</c>: lower-case ASCII letters and digits
    /// in runs separated by single <c>-</c>, <c>.</c>, <c>_</c> or <c>:</c>. Example path: <c>claims[0].id</c>.</summary>
    public const string IdSyntax = "id-syntax";

    /// <summary>An id is used by more than one record. Actors, sources, incidents, claims and denials share one
    /// document-wide id space; the first record keeps the id and every later one is reported.
    /// Example path: <c>sources[4].id</c>.</summary>
    public const string IdDuplicate = "id-duplicate";

    /// <summary>A reference names an id that no record in the document has (for a statement reference
    /// <c>claimId#n</c>, the claim id). Example path: <c>claims[1].claimant</c>.</summary>
    public const string ReferenceDangling = "reference-dangling";

    /// <summary>A reference names an id that belongs to the wrong kind of record (a claimant that is an incident; a
    /// <c>via</c> entry that is neither a source nor an actor; <c>supersedes</c>, <c>retracts</c> or a denied claim that is
    /// not a claim; an amendment's <c>amends</c> that is not a claim, denial or actor). Example path: <c>denials[0].deniedClaims[0]</c>.</summary>
    public const string ReferenceWrongKind = "reference-wrong-kind";

    /// <summary>Affiliations form a cycle; the message shows it (<c>a → b → a</c>). Reported once per cycle, at
    /// the affiliation that closes it. Example path: <c>actors[1].affiliations[0].actor</c>.</summary>
    public const string AffiliationCycle = "affiliation-cycle";

    /// <summary>Incidents' <c>partOf</c> links form a cycle; the message shows it. Reported once per cycle, at
    /// the link that closes it. Example path: <c>incidents[2].partOf</c>.</summary>
    public const string PartOfCycle = "part-of-cycle";

    /// <summary>A claim or denial has no report. Example path: <c>claims[0].reports</c>.</summary>
    public const string ReportsEmpty = "reports-empty";

    /// <summary>A denial has neither denied claims nor a statement. Example path: <c>denials[0]</c>.</summary>
    public const string DenialEmpty = "denial-empty";

    /// <summary>A URL is not an absolute <c>http</c> or <c>https</c> URL. Example path: <c>sources[0].url</c>.</summary>
    public const string UrlSyntax = "url-syntax";

    /// <summary>A country code is not two upper-case ASCII letters (ISO 3166-1 alpha-2).
    /// Example path: <c>incidents[0].place.country</c>.</summary>
    public const string CountryCode = "country-code";

    /// <summary>A latitude is not a finite number in [−90, 90] or a longitude not in [−180, 180].
    /// Example path: <c>incidents[0].place.coordinates.latitude</c>.</summary>
    public const string CoordinateRange = "coordinate-range";

    /// <summary>A time has neither or both of <c>start</c> and <c>relative</c> (exactly one is required).
    /// Example path: <c>claims[0].statedAt</c>.</summary>
    public const string TimeAnchor = "time-anchor";

    /// <summary>A time has an <c>end</c> but no <c>start</c>. Example path: <c>incidents[0].time.end</c>.</summary>
    public const string TimeEndWithoutStart = "time-end-without-start";

    /// <summary>A time's (exclusive) <c>end</c> is not after its <c>start</c>. Example path: <c>incidents[0].time.end</c>.</summary>
    public const string TimeEndBeforeStart = "time-end-before-start";

    /// <summary>A relative day has neither or both of <c>offset</c> and <c>weekday</c> (exactly one is required).
    /// Example path: <c>claims[0].statedAt.relative</c>.</summary>
    public const string RelativeDay = "relative-day";

    /// <summary>A relative day's <c>offset</c> is more than <see cref="RelativeDayValidator.MaxOffsetDays"/> days (a
    /// century) before or after the anchor day. Example path: <c>claims[0].statedAt.relative.offset</c>.</summary>
    public const string RelativeDayOffsetRange = "relative-day-offset-range";

    /// <summary>A <c>partOfDay</c> is given on a time whose precision is not <c>day</c>.
    /// Example path: <c>incidents[0].time.partOfDay</c>.</summary>
    public const string PartOfDayPrecision = "part-of-day-precision";

    /// <summary>A time zone is not a zone id of the embedded IANA time-zone database (<see cref="TimeZoneDatabase"/>,
    /// the same on every machine). Example path: <c>sources[0].published.timeZone</c>.</summary>
    public const string TimeZoneUnknown = "time-zone-unknown";

    /// <summary>Warning: a time's <c>start</c> or <c>end</c> is written on a local date its time zone skipped as a whole
    /// (<c>2011-12-30T00:00:00+14:00</c> in <c>Pacific/Apia</c>, which went from 2011-12-29 straight to 2011-12-31):
    /// no local time of that day exists there, so the time is read at its instant, on another local day. (A relative
    /// day that lands on a skipped day is not resolved by the engine and compared with nothing.)
    /// Example path: <c>incidents[0].time.start</c>.</summary>
    public const string LocalDaySkipped = "local-day-skipped";

    /// <summary>A figure has no <c>value</c> and its qualifier is not <c>vague</c>.
    /// Example path: <c>claims[2].statements[0].figure.value</c>.</summary>
    public const string FigureValueMissing = "figure-value-missing";

    /// <summary>A figure has an <c>upperValue</c> without the <c>between</c> qualifier, or <c>between</c> without an
    /// <c>upperValue</c>. Example path: <c>claims[2].statements[0].figure.upperValue</c>.</summary>
    public const string FigureUpperValue = "figure-upper-value";

    /// <summary>A <c>between</c> figure's <c>upperValue</c> is below its <c>value</c>.
    /// Example path: <c>claims[2].statements[0].figure.upperValue</c>.</summary>
    public const string FigureBounds = "figure-bounds";

    /// <summary>A figure has a <c>vague</c> word without the <c>vague</c> qualifier, or the <c>vague</c> qualifier
    /// without a word. Example path: <c>claims[2].statements[0].figure.vague</c>.</summary>
    public const string FigureVague = "figure-vague";

    /// <summary>A figure's <c>value</c> or <c>upperValue</c> is negative. Figures report counts, distances, durations
    /// and amounts, none of which can be negative. Example path: <c>claims[2].statements[0].figure.value</c>.</summary>
    public const string FigureNegative = "figure-negative";

    /// <summary>A figure's <c>measure</c> is not kebab-case (<c>^[a-z0-9]+(?:-[a-z0-9]+)*$</c>, e.g.
    /// <c>distance-from-aleppo</c>). Example path: <c>claims[2].statements[0].figure.measure</c>.</summary>
    public const string MeasureSyntax = "measure-syntax";

    /// <summary>A figure's <c>unit</c> or <c>per</c> is not a unit token (<c>^[a-z0-9]+(?:[-/][a-z0-9]+)*$</c>, e.g.
    /// <c>people</c>, <c>mi</c>, <c>km</c>, <c>day</c>). Example path: <c>claims[2].statements[0].figure.unit</c>.</summary>
    public const string UnitSyntax = "unit-syntax";

    /// <summary>A quote's positions contradict each other or the exact text: a negative <c>start</c> or <c>end</c>,
    /// or <c>end − start</c> different from the number of code points in <c>exact</c>.
    /// Example path: <c>claims[0].reports[0].quote.end</c>.</summary>
    public const string QuotePosition = "quote-position";

    /// <summary><c>prefix + exact + suffix</c> does not occur in the source's text (checked only when the source has
    /// a text). Example path: <c>claims[0].reports[0].quote</c>.</summary>
    public const string QuoteNotFound = "quote-not-found";

    /// <summary>The quote occurs in the source's text, but not at the given code-point <c>start</c>/<c>end</c>.
    /// Example path: <c>claims[0].reports[0].quote.start</c>.</summary>
    public const string QuotePositionMismatch = "quote-position-mismatch";

    /// <summary>A target of kind <c>other</c> has no name (the name says what it is).
    /// Example path: <c>incidents[0].targets[1].name</c>.</summary>
    public const string TargetNameRequired = "target-name-required";

    /// <summary>A claim has no statement (a claim asserts at least one). Example path: <c>claims[0].statements</c>.</summary>
    public const string StatementsEmpty = "statements-empty";

    /// <summary>A responsibility or presence statement names no actor. Example path:
    /// <c>claims[0].statements[0].actors</c>.</summary>
    public const string ActorsEmpty = "actors-empty";

    /// <summary>A statement names the same actor twice (the value is the repeated id; the later mention is reported).
    /// Example path: <c>claims[0].statements[0].actors[1]</c>.</summary>
    public const string ActorRepeated = "actor-repeated";

    /// <summary>Warning: a statement's <c>combination</c> is <c>either-of</c> but it names one actor (either of one is
    /// that one). Example path: <c>claims[0].statements[0].combination</c>.</summary>
    public const string CombinationSingleActor = "combination-single-actor";

    /// <summary>An actor has neither a name nor a description (an unnamed speaker is described: "a senior State
    /// Department official"). Example path: <c>actors[0].name</c>.</summary>
    public const string ActorNameOrDescription = "actor-name-or-description";

    /// <summary>Identity links contradict each other or the actors they join: an actor linked to itself; a person
    /// linked to an actor that is not a person; two actors linked that are affiliated with each other (one lists the
    /// other in its affiliations: one cannot be the same as the body it belongs to or speaks for); the same pair of
    /// actors linked twice with different certainties (reported at the later link). Example path:
    /// <c>actors[3].sameAs[0].actor</c>.</summary>
    public const string IdentityConflict = "identity-conflict";

    /// <summary>A claim supersedes or retracts a claim of another voice (only the voice that said something can update
    /// or withdraw it; voices: same claimant, or claimants joined by identity links or spokesperson/official
    /// affiliations). Example path: <c>claims[4].supersedes[0]</c>.</summary>
    public const string UpdateOtherVoice = "update-other-voice";

    /// <summary>A claim supersedes or retracts a claim stated after it (both <c>statedAt</c> absolute, the earlier
    /// one's interval entirely after the later one's). Example path: <c>claims[4].supersedes[0]</c>.</summary>
    public const string UpdateOrder = "update-order";

    /// <summary>Claims' <c>supersedes</c> and <c>retracts</c> form a cycle (a claim updating itself, or two claims
    /// each updating the other); the message shows it. Reported once per cycle, at the link that closes it.
    /// Example path: <c>claims[1].supersedes[0]</c>.</summary>
    public const string UpdateCycle = "update-cycle";

    /// <summary>An amendment adds what its target cannot take: reports to an actor, or aliases, affiliations or identity
    /// links to a claim or denial. Example path: <c>amendments[0].reports</c>.</summary>
    public const string AmendmentWrongKind = "amendment-wrong-kind";

    /// <summary>An amendment adds nothing (no reports, aliases, affiliations or identity links). Example path:
    /// <c>amendments[0]</c>.</summary>
    public const string AmendmentEmpty = "amendment-empty";

    /// <summary>A reference to a statement of a claim is not <c>claimId#n</c> with n a decimal position without leading
    /// zeros (<c>c-a10#1</c>). Example path: <c>denials[0].deniedClaims[0]</c>.</summary>
    public const string StatementReferenceSyntax = "statement-reference-syntax";

    /// <summary>A statement position is not one the claim has (negative, or not below its number of statements):
    /// in a denial's <c>claimId#n</c> or a report's <c>statements</c>. Example path:
    /// <c>claims[0].reports[0].statements[1]</c>.</summary>
    public const string StatementPosition = "statement-position";

    /// <summary>A report's <c>statements</c> positions are not in ascending order without repeats (the value is the
    /// position out of order). Example path: <c>claims[0].reports[0].statements[1]</c>.</summary>
    public const string ReportStatementsOrder = "report-statements-order";

    /// <summary>A denial's report lists statement positions (a denial has no statements: positions are only
    /// meaningful on a claim's reports). Example path: <c>denials[0].reports[0].statements</c>.</summary>
    public const string ReportStatementsOnDenial = "report-statements-on-denial";

    /// <summary>A cumulative figure (a running total) does not count things: its unit is a length or duration
    /// (<c>m</c>, <c>km</c>, <c>mi</c>, <c>ft</c>, <c>s</c>, <c>min</c>, <c>h</c>, <c>day</c> and their spelled-out forms),
    /// or it is a rate (<c>per</c>). Example path: <c>claims[2].statements[0].figure.cumulative</c>.</summary>
    public const string FigureCumulativeUnit = "figure-cumulative-unit";

    /// <summary>Warning: a figure has an <c>asOf</c> time but is not <c>cumulative</c> (the time a count is counted up to
    /// is read for running totals only; a figure's own period is <c>period</c>). Example path:
    /// <c>claims[2].statements[0].figure.asOf</c>.</summary>
    public const string FigureAsOfNotCumulative = "figure-as-of-not-cumulative";

    /// <summary>Two merged documents hold different records with the same id in the same collection; the first
    /// is kept. Example path: <c>seeds/002.claims.json: actors[0]</c>.</summary>
    public const string MergeConflict = "merge-conflict";

    /// <summary>A merge input, or its document, is <see langword="null"/>. Example path: <c>inputs[2]</c>.</summary>
    public const string MergeInputNull = "merge-input-null";

    /// <summary>The validator itself failed on this document (a defect in ClaimModel, never the data's fault);
    /// validation reports it instead of throwing. Path: the empty path.</summary>
    public const string ValidationFailed = "validation-failed";
}
