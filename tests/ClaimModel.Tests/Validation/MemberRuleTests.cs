using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>Each member rule of each record kind is run where the record sits (a source's id, an incident's kind, a
/// presence statement's time, a denial's modality ...): one minimal breach each, with its exact code, path and value,
/// for the members <see cref="RuleTests"/> reaches only through another record kind.</summary>
public class MemberRuleTests
{
    private static readonly DateTimeOffset Noon = new(2016, 2, 10, 12, 0, 0, TimeSpan.FromHours(2));

    private static readonly TimeSpec NoAnchor = new() { Precision = TimePrecision.Day };

    private static ClaimDocument WithSource(Source source) => Document with { Sources = [source, Rt] };

    private static ClaimDocument WithIncident(Incident incident) => Document with { Incidents = [incident] };

    private static ClaimDocument WithDenial(Denial denial) => Document with { Denials = [denial] };

    private static readonly Dictionary<string, (ClaimDocument Document, string Code, string Path, string? Value)> Cases = new()
    {
        ["source id syntax"] = (WithSource(Article with { Id = "IBT" }) with { Claims = [A10Claim with { Reports = [IbtReport with { Source = "IBT" }] }], Denials = [] }, ErrorCodes.IdSyntax, "sources[0].id", "IBT"),
        ["undefined source kind"] = (WithSource(Article with { Kind = (SourceKind)40 }), ErrorCodes.EnumUndefined, "sources[0].kind", "40"),
        ["blank source outlet"] = (WithSource(Article with { Outlet = "\t" }), ErrorCodes.Required, "sources[0].outlet", "\t"),
        ["missing source outlet"] = (WithSource(Article with { Outlet = null! }), ErrorCodes.Required, "sources[0].outlet", null),
        ["incident id syntax"] = (WithIncident(Bombing with { Id = "Aleppo" }) with { Claims = [A10Claim with { Incident = "Aleppo" }], Denials = [] }, ErrorCodes.IdSyntax, "incidents[0].id", "Aleppo"),
        ["undefined incident kind"] = (WithIncident(Bombing with { Kind = (IncidentKind)77 }), ErrorCodes.EnumUndefined, "incidents[0].kind", "77"),
        ["blank incident title"] = (WithIncident(Bombing with { Title = "" }), ErrorCodes.Required, "incidents[0].title", ""),
        ["blank place name"] = (WithIncident(Bombing with { Place = Bombing.Place! with { Name = " " } }), ErrorCodes.Required, "incidents[0].place.name", " "),
        ["undefined target kind"] = (WithIncident(Bombing with { Targets = [new Target { Kind = (TargetKind)99 }] }), ErrorCodes.EnumUndefined, "incidents[0].targets[0].kind", "99"),
        ["null target"] = (WithIncident(Bombing with { Targets = [null!] }), ErrorCodes.ElementNull, "incidents[0].targets[0]", null),
        ["undefined part of day"] = (WithIncident(Bombing with { Time = Bombing.Time! with { PartOfDay = (DayPart)30 } }), ErrorCodes.EnumUndefined, "incidents[0].time.partOfDay", "30"),
        ["claim id syntax"] = (Document with { Claims = [A10Claim, Presence with { Id = "c presence" }] }, ErrorCodes.IdSyntax, "claims[1].id", "c presence"),
        ["blank claimant"] = (Document with { Claims = [A10Claim, Presence with { Claimant = " " }] }, ErrorCodes.Required, "claims[1].claimant", " "),
        ["missing claimant"] = (Document with { Claims = [A10Claim, Presence with { Claimant = null! }] }, ErrorCodes.Required, "claims[1].claimant", null),
        ["claim incident that is an actor"] = (Document with { Claims = [A10Claim, Presence with { Incident = "usa" }] }, ErrorCodes.ReferenceWrongKind, "claims[1].incident", "usa"),
        ["undefined presence modality"] = (WithStatement(new PresenceStatement { Actors = ["usa"], Present = true, Modality = (Modality)11 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "11"),
        ["presence time without anchor"] = (WithStatement(new PresenceStatement { Actors = ["usa"], Present = true, Time = NoAnchor }), ErrorCodes.TimeAnchor, "claims[0].statements[0].time", null),
        ["presence naming no actor"] = (WithStatement(new PresenceStatement { Actors = [], Present = true }), ErrorCodes.ActorsEmpty, "claims[0].statements[0].actors", "[]"),
        ["presence naming a dangling actor"] = (WithStatement(new PresenceStatement { Actors = ["nato"], Present = true }), ErrorCodes.ReferenceDangling, "claims[0].statements[0].actors[0]", "nato"),
        ["undefined presence combination"] = (WithStatement(new PresenceStatement { Actors = ["usa"], Present = true, Combination = (ActorCombination)6 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].combination", "6"),
        ["undefined quantity modality"] = (WithStatement(new QuantityStatement { Figure = MilesFigure, Modality = (Modality)12 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "12"),
        ["quantity period ending before it starts"] = (WithStatement(new QuantityStatement { Figure = MilesFigure, Period = new TimeSpec { Start = Noon, End = Noon.AddHours(-1), Precision = TimePrecision.Hour } }), ErrorCodes.TimeEndBeforeStart, "claims[0].statements[0].period.end", "2016-02-10T11:00:00.0000000+02:00"),
        ["quantity figure with bad measure"] = (WithStatement(new QuantityStatement { Figure = MilesFigure with { Measure = "a b" } }), ErrorCodes.MeasureSyntax, "claims[0].statements[0].figure.measure", "a b"),
        ["quantity subject that is a source"] = (WithStatement(new QuantityStatement { Figure = MilesFigure, Subject = "ibt" }), ErrorCodes.ReferenceWrongKind, "claims[0].statements[0].subject", "ibt"),
        ["undefined target statement modality"] = (WithStatement(new TargetStatement { Targets = [new Target { Kind = TargetKind.School }], Modality = (Modality)13 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "13"),
        ["target statement with an unnamed other target"] = (WithStatement(new TargetStatement { Targets = [new Target { Kind = TargetKind.School }, new Target { Kind = TargetKind.Other, Name = " " }] }), ErrorCodes.TargetNameRequired, "claims[0].statements[0].targets[1].name", " "),
        ["undefined occurrence modality"] = (WithStatement(new OccurrenceStatement { Time = StatedOn(10, TimePrecision.Day), Modality = (Modality)14 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "14"),
        ["undefined responsibility modality"] = (WithStatement(new ResponsibilityStatement { Actors = ["usa"], Modality = (Modality)15 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "15"),
        ["responsibility with a null target"] = (WithStatement(new ResponsibilityStatement { Actors = ["usa"], Targets = [new Target { Kind = TargetKind.School }, null!] }), ErrorCodes.ElementNull, "claims[0].statements[0].targets[1]", null),
        ["undefined text statement modality"] = (WithStatement(new TextStatement { Text = "x", Modality = (Modality)16 }), ErrorCodes.EnumUndefined, "claims[0].statements[0].modality", "16"),
        ["undefined figure qualifier"] = (WithFigure(MilesFigure with { Qualifier = (FigureQualifier)20 }), ErrorCodes.EnumUndefined, "claims[1].statements[0].within.qualifier", "20"),
        ["undefined vague word"] = (WithFigure(MilesFigure with { Qualifier = FigureQualifier.Vague, Value = null, Vague = (VagueQuantity)21 }), ErrorCodes.EnumUndefined, "claims[1].statements[0].within.vague", "21"),
        ["blank figure unit"] = (WithFigure(MilesFigure with { Unit = "" }), ErrorCodes.Required, "claims[1].statements[0].within.unit", ""),
        ["blank figure measure"] = (WithFigure(MilesFigure with { Measure = " " }), ErrorCodes.Required, "claims[1].statements[0].within.measure", " "),
        ["empty per"] = (WithFigure(MilesFigure with { Per = "" }), ErrorCodes.UnitSyntax, "claims[1].statements[0].within.per", ""),
        ["denial id syntax"] = (WithDenial(UsaDenial with { Id = "D" }), ErrorCodes.IdSyntax, "denials[0].id", "D"),
        ["dangling denial incident"] = (WithDenial(UsaDenial with { Incident = "elsewhere" }), ErrorCodes.ReferenceDangling, "denials[0].incident", "elsewhere"),
        ["denial claimant that is a claim"] = (WithDenial(UsaDenial with { Claimant = "c-presence" }), ErrorCodes.ReferenceWrongKind, "denials[0].claimant", "c-presence"),
        ["undefined denial modality"] = (WithDenial(UsaDenial with { Modality = (Modality)17 }), ErrorCodes.EnumUndefined, "denials[0].modality", "17"),
        ["denial stated at no anchor"] = (WithDenial(UsaDenial with { StatedAt = NoAnchor }), ErrorCodes.TimeAnchor, "denials[0].statedAt", null),
        ["blank denied claim"] = (WithDenial(UsaDenial with { DeniedClaims = ["c-a10", " "] }), ErrorCodes.Required, "denials[0].deniedClaims[1]", " "),
        ["null denied claim"] = (WithDenial(UsaDenial with { DeniedClaims = [null!, "c-a10"] }), ErrorCodes.ElementNull, "denials[0].deniedClaims[0]", null),
        ["null report"] = (WithDenial(UsaDenial with { Reports = [UsaDenial.Reports[0], null!] }), ErrorCodes.ElementNull, "denials[0].reports[1]", null),
        ["denial statement of the wrong kind of actor"] = (WithDenial(UsaDenial with { Statement = new ResponsibilityStatement { Actors = ["ibt"] } }), ErrorCodes.ReferenceWrongKind, "denials[0].statement.actors[0]", "ibt"),
        ["source affiliated with a claim"] = (WithSource(Article with { AffiliatedActor = "c-a10" }), ErrorCodes.ReferenceWrongKind, "sources[0].affiliatedActor", "c-a10"),
        ["blank affiliation actor"] = (Document with { Actors = [Russia, Ministry with { Affiliations = [new Affiliation { Actor = "", Relation = AffiliationRelation.PartOf }] }, Usa] }, ErrorCodes.Required, "actors[1].affiliations[0].actor", ""),
        ["null affiliation"] = (Document with { Actors = [Russia, Ministry with { Affiliations = [null!] }, Usa] }, ErrorCodes.ElementNull, "actors[1].affiliations[0]", null),
        ["missing actor id"] = (Document with { Actors = [Russia, Ministry, Usa, Usa with { Id = null! }] }, ErrorCodes.Required, "actors[3].id", null),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Member_rule_is_reported_with_its_code_path_and_value(string name)
    {
        var (document, code, path, value) = Cases[name];
        IssueAssert.Single(document, code, path, value);
    }

    [Fact]
    public void Enum_values_of_every_statement_kind_are_valid()
    {
        foreach (var modality in Enum.GetValues<Modality>())
        {
            IssueAssert.Valid(Document with
            {
                Claims =
                [
                    A10Claim with { Statements = [new ResponsibilityStatement { Actors = ["usa"], Modality = modality }], Modality = modality },
                    Presence with { Statements = [new PresenceStatement { Actors = ["russia"], Present = false, Modality = modality }] },
                    A10Claim with { Id = "c-3", Statements = [new QuantityStatement { Figure = MilesFigure, Modality = modality }] },
                    A10Claim with { Id = "c-4", Statements = [new TargetStatement { Targets = [new Target { Kind = TargetKind.School }], Modality = modality }] },
                    A10Claim with { Id = "c-5", Statements = [new OccurrenceStatement { Time = StatedOn(10, TimePrecision.Day), Modality = modality }] },
                    A10Claim with { Id = "c-6", Statements = [new TextStatement { Text = "t", Modality = modality }] },
                ],
                Denials = [UsaDenial with { Modality = modality }],
            });
        }
    }

    [Fact]
    public void A_null_intermediary_is_asked_for_an_id()
    {
        var outcome = ClaimValidation.Validate(Document with { Claims = [A10Claim with { Reports = [IbtReport with { Via = ["rt", null!] }] }, Presence] });

        Assert.Equal(
            "error element-null claims[0].reports[0].via[1]: must not be null: remove the element or give an id (value: (none))",
            Assert.Single(outcome.Issues).ToString());
    }
}
