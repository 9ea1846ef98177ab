using System.Globalization;

namespace ClaimModel.Synthetic;

/// <summary>Generates one corpus, incident by incident, in a single linear pass (see <see cref="SyntheticCorpus"/>).</summary>
internal sealed class CorpusBuilder
{
    private const double ZipfExponent = 1.3;
    private const int MaxClaimsPerIncident = 400;
    private const int IncidentsPerDay = 16; // 1M claims span ~6 years from 2015: before the 2022 zone rule changes (Damascus, Tehran), so offsets do not depend on the tzdata version
    private const int ClaimsPerArticle = 50;
    private const int OffensiveEvery = 25;

    private static readonly string[] FreeTexts =
    [
        "The strikes were a flagrant violation of international humanitarian law.",
        "These accusations are part of an information war.",
        "We call on all parties to respect the ceasefire.",
        "The situation on the ground remains extremely difficult to verify.",
        "Such reports serve only to distract from the real perpetrators.",
        "Humanitarian corridors must be opened without delay.",
    ];

    private static readonly (string Measure, string Unit, string Words)[] Counts =
    [
        ("killed", "people", "people killed"),
        ("injured", "people", "people injured"),
        ("displaced", "people", "people displaced"),
        ("strikes", "strikes", "strikes"),
        ("facilities-destroyed", "facilities", "facilities destroyed"),
    ];

    private static readonly Target[] TargetPool =
    [
        new() { Kind = TargetKind.Hospital },
        new() { Kind = TargetKind.Hospital, Name = "the central hospital" },
        new() { Kind = TargetKind.School },
        new() { Kind = TargetKind.Mosque },
        new() { Kind = TargetKind.ResidentialArea },
        new() { Kind = TargetKind.Civilians },
        new() { Kind = TargetKind.Infrastructure, Name = "the northern supply road" },
        new() { Kind = TargetKind.MilitaryFacility },
        new() { Kind = TargetKind.Objects },
        new() { Kind = TargetKind.Other, Name = "a bakery" },
    ];

    private static readonly IncidentKind[] IncidentKinds =
        [IncidentKind.Airstrike, IncidentKind.Airstrike, IncidentKind.Airstrike, IncidentKind.Bombing, IncidentKind.Shelling, IncidentKind.Shelling, IncidentKind.Displacement, IncidentKind.Other];

    private readonly SyntheticCorpusOptions _options;
    private readonly SyntheticRandom _random;
    private readonly SyntheticCalendar _calendar = new();
    private readonly List<Claim> _claims;
    private readonly List<Denial> _denials;
    private readonly List<Incident> _incidents = [];
    private readonly List<PlantedContradiction> _planted = [];
    private readonly List<(Claim Claim, int Side)> _incidentClaims = [];
    private readonly HashSet<(int Side, Statement Statement)> _asserted = [];
    private readonly Dictionary<string, int> _sideOfPerpetratorName = new(StringComparer.Ordinal);
    private SyntheticCast _cast = null!;
    private SyntheticTexts _texts = null!;
    private readonly List<Source> _sources = [];
    private int _firstArticle;
    private int _articleCount;
    private int[] _articleText = [];
    private int[] _articleOutlet = [];
    private int _days;
    private int _plantKind;
    private int _nextClaim;

    public CorpusBuilder(SyntheticCorpusOptions options)
    {
        _options = options;
        _random = new SyntheticRandom(options.Seed);
        _claims = new List<Claim>(options.Claims);
        _denials = new List<Denial>((int)(options.Claims * (options.DenialRate + options.ContradictionRate)) + 16);
    }

    public SyntheticCorpusResult Build()
    {
        var sizes = IncidentSizes();
        _days = Math.Max(7, (sizes.Count + IncidentsPerDay - 1) / IncidentsPerDay);
        _cast = new SyntheticCast(_options.Claims);
        for (var s = 0; s < _cast.Sides.Count; s++)
        {
            foreach (var perpetrator in _cast.Sides[s].Perpetrators)
            {
                foreach (var name in perpetrator.Names)
                {
                    _sideOfPerpetratorName[name] = s;
                }
            }
        }

        _texts = new SyntheticTexts(_random);
        BuildSources();

        string? offensive = null;
        for (var i = 0; i < sizes.Count; i++)
        {
            var day = (int)((long)i * _days / sizes.Count);
            var place = _random.Pick(SyntheticPlace.All);
            var incident = NewIncident(i, day, place, ref offensive);
            GenerateIncidentClaims(incident, place, day, sizes[i]);
        }

        var document = new ClaimDocument
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic corpus: {_options.Claims} claims, seed {_options.Seed}"),
            Actors = ValueList.From(_cast.Actors),
            Sources = ValueList.From(_sources),
            Incidents = ValueList.From(_incidents),
            Claims = ValueList.From(_claims),
            Denials = ValueList.From(_denials),
        };
        return new SyntheticCorpusResult { Document = document, Planted = ValueList.From(_planted) };
    }

    private List<int> IncidentSizes()
    {
        var max = Math.Clamp(_options.Claims / 20, 8, MaxClaimsPerIncident);
        var zipf = new ZipfSampler(max, ZipfExponent);
        var sizes = new List<int>();
        var remaining = _options.Claims;
        while (remaining > 0)
        {
            var size = Math.Min(remaining, zipf.Next(_random));
            sizes.Add(size);
            remaining -= size;
        }

        return sizes;
    }

    private void BuildSources()
    {
        foreach (var outlet in SyntheticOutlet.All)
        {
            _sources.Add(outlet.ToSource());
        }

        _firstArticle = _sources.Count;
        _articleCount = Math.Max(20, _options.Claims / ClaimsPerArticle);
        _articleText = new int[_articleCount];
        _articleOutlet = new int[_articleCount];
        var titles = new string[32];
        for (var t = 0; t < titles.Length; t++)
        {
            var place = _random.Pick(SyntheticPlace.All).Place.Name;
            titles[t] = _random.Next(3) switch
            {
                0 => "Deadly strikes reported near " + place,
                1 => "Conflicting accounts after attack on " + place,
                _ => "Officials trade blame over " + place + " bombing",
            };
        }

        for (var a = 0; a < _articleCount; a++)
        {
            var outletIndex = _random.Next(SyntheticOutlet.All.Length);
            var outlet = SyntheticOutlet.All[outletIndex];
            var social = outlet.Kind == SourceKind.SocialMedia;
            var text = (_random.Next(SyntheticTexts.TextCount / 4) * 4) + (social ? 3 : _random.Next(3));
            var day = ArticleDay(a);
            var date = SyntheticCalendar.Date(day);
            var id = "a-" + a.ToString("D7", CultureInfo.InvariantCulture);
            _articleText[a] = text;
            _articleOutlet[a] = outletIndex;
            _sources.Add(new Source
            {
                Id = id,
                Kind = outlet.Kind,
                Outlet = outlet.Name,
                Title = titles[_random.Next(titles.Length)],
                Url = string.Create(CultureInfo.InvariantCulture, $"https://{outlet.Domain}/{date:yyyy}/{date:MM}/{date:dd}/{id}"),
                Published = _calendar.Day(outlet.Zone, day),
                AffiliatedActor = outlet.AffiliatedActor,
                Text = _texts.Texts[text],
            });
        }
    }

    private int ArticleDay(int article) => (int)((long)article * _days / _articleCount);

    private Incident NewIncident(int index, int day, SyntheticPlace place, ref string? offensive)
    {
        var id = "i-" + index.ToString("D6", CultureInfo.InvariantCulture);
        var isOffensive = index % OffensiveEvery == 0;
        var kind = isOffensive ? IncidentKind.Offensive : _random.Pick(IncidentKinds);
        var targetCount = isOffensive ? 0 : 1 + _random.Next(2);
        var first = _random.Next(TargetPool.Length);
        var targets = new Target[targetCount];
        for (var t = 0; t < targetCount; t++)
        {
            targets[t] = TargetPool[(first + (t * 3)) % TargetPool.Length];
        }

        var incident = new Incident
        {
            Id = id,
            Kind = kind,
            Title = string.Create(CultureInfo.InvariantCulture, $"{kind} in {place.Place.Name}, {SyntheticCalendar.Date(day):d MMM yyyy}"),
            Place = place.Place,
            Time = isOffensive ? _calendar.Offensive(place.Zone, day) : _calendar.NamedDay(place.Zone, day),
            Targets = targets,
            PartOf = !isOffensive && offensive is not null && _random.Chance(0.3) ? offensive : null,
        };
        if (isOffensive)
        {
            offensive = id;
        }

        _incidents.Add(incident);
        return incident;
    }

    private void GenerateIncidentClaims(Incident incident, SyntheticPlace place, int day, int count)
    {
        var truthSide = _random.Pick(_cast.PerpetratorSides);
        var truth = new IncidentTruth(
            incident,
            place,
            day,
            truthSide,
            _random.Pick(_cast.Sides[truthSide].Perpetrators),
            _random.Next(24),
            _random.Next(60),
            [
                1 + (decimal)Math.Floor(Math.Pow(10, _random.NextDouble() * 3.3)),
                1 + (decimal)Math.Floor(Math.Pow(10, _random.NextDouble() * 3.6)),
                10 + (decimal)Math.Floor(Math.Pow(10, 1 + (_random.NextDouble() * 6))),
                1 + (decimal)_random.Next(60),
                1 + (decimal)_random.Next(20),
            ],
            0.5m * (1 + _random.Next(9)));

        _incidentClaims.Clear();
        _asserted.Clear();
        var generated = 0;
        while (generated < count)
        {
            var remaining = count - generated;
            if (remaining >= 2 && _random.Chance(_options.ContradictionRate))
            {
                generated += Plant(truth);
                continue;
            }

            var (claim, side) = OrdinaryClaim(truth);
            Record(claim, side, deniable: true);
            generated++;
        }

        foreach (var (claim, side) in _incidentClaims)
        {
            if (side >= 0 && claim.Incident is not null && _random.Chance(_options.DenialRate))
            {
                Deny(truth, claim, side);
            }
        }
    }

    private void Record(Claim claim, int side, bool deniable)
    {
        _claims.Add(claim);
        _asserted.Add((side, claim.Statements[0]));
        _incidentClaims.Add((claim, deniable ? side : -1));
    }

    private (Claim Claim, int Side) OrdinaryClaim(IncidentTruth truth)
    {
        var roll = _random.Next(100);
        int side;
        Statement statement;
        TimeSpec? statedAt = null;
        string? incident = truth.Incident.Id;
        var modality = Modality.Asserted;
        if (roll < 22)
        {
            side = PickSideExcept(truth.Side);
            statement = new ResponsibilityStatement { Actors = [_random.Pick(truth.Perpetrator.Names)], Targets = _random.Chance(0.5) ? truth.Incident.Targets : default };
        }
        else if (roll < 32)
        {
            (side, statement) = OrdinaryPresence(truth);
        }
        else if (roll < 67)
        {
            side = _random.Next(_cast.Sides.Count);
            statement = OrdinaryQuantity(truth);
            modality = _random.Chance(0.15) ? Modality.Estimated : Modality.Asserted;
        }
        else if (roll < 77)
        {
            side = _random.Next(_cast.Sides.Count);
            var targets = truth.Incident.Targets;
            statement = targets.IsEmpty
                ? new TextStatement { Text = _random.Pick(FreeTexts) }
                : new TargetStatement { Targets = [targets[_random.Next(targets.Count)]] };
        }
        else if (roll < 90)
        {
            side = _random.Next(_cast.Sides.Count);
            (statement, statedAt) = OrdinaryOccurrence(truth);
        }
        else
        {
            side = _random.Next(_cast.Sides.Count);
            statement = new TextStatement { Text = _random.Pick(FreeTexts) };
            modality = _random.Next(4) switch { 0 => Modality.Suggested, 1 => Modality.Hedged, _ => Modality.Asserted };
            if (_random.Chance(0.2))
            {
                incident = null;
            }
        }

        return (NewClaim(side, incident, statement, truth.Day, statedAt, modality), side);
    }

    private (int Side, Statement Statement) OrdinaryPresence(IncidentTruth truth)
    {
        var measure = truth.Place.DistanceMeasure;
        if (_random.Chance(0.5))
        {
            // "X's forces were not within R": X is a bystander, never a perpetrator anywhere, so the statement
            // cannot conflict with any incident at this place and time (presence is compared across incidents).
            var otherSide = _random.Pick(_cast.BystanderSides);
            var actor = _random.Pick(_random.Pick(_cast.Sides[otherSide].Perpetrators).Names);
            var side = _random.Chance(0.6) ? otherSide : _random.Next(_cast.Sides.Count);
            return (side, new PresenceStatement { Actors = [actor], Present = false, Within = SyntheticFigures.Radius(_random, measure) });
        }

        return (PickSideExcept(truth.Side), new PresenceStatement
        {
            Actors = [_random.Pick(truth.Perpetrator.Names)],
            Present = true,
            Within = SyntheticFigures.Radius(_random, measure),
        });
    }

    private QuantityStatement OrdinaryQuantity(IncidentTruth truth)
    {
        var roll = _random.Next(10);
        if (roll < 6)
        {
            var (measure, unit, words) = Counts[_random.Next(Counts.Length)];
            var index = Array.FindIndex(Counts, c => c.Measure == measure);
            return new QuantityStatement { Figure = SyntheticFigures.Count(_random, measure, unit, words, truth.Counts[index]) };
        }

        if (roll < 9)
        {
            var sorties = Sorties(truth);
            var perDay = roll == 8;
            return new QuantityStatement
            {
                Figure = perDay
                    ? SyntheticFigures.Count(_random, "daily-sorties", "sorties", "sorties a day", Math.Max(1, Math.Round(sorties / 7)), per: "day")
                    : SyntheticFigures.Count(_random, "sorties", "sorties", "sorties", sorties),
                Subject = truth.Perpetrator.Id,
                Period = _calendar.Week(truth.Place.Zone, truth.Day),
            };
        }

        return new QuantityStatement { Figure = SyntheticFigures.Distance(_random, truth.Place.DistanceMeasure, truth.DistanceMiles) };
    }

    /// <summary>Sorties depend only on the perpetrator and the week, so every incident of that week agrees.</summary>
    private decimal Sorties(IncidentTruth truth)
    {
        var perpetrator = 0u;
        foreach (var c in truth.Perpetrator.Id)
        {
            perpetrator = (perpetrator * 31) + c;
        }

        return 50 + (((perpetrator % 97 * 7919) + ((uint)(truth.Day / 7) * 104729)) % 900);
    }

    private (Statement Statement, TimeSpec? StatedAt) OrdinaryOccurrence(IncidentTruth truth)
    {
        var zone = truth.Place.Zone;
        switch (_random.Next(6))
        {
            case 0:
                return (new OccurrenceStatement { Time = _calendar.Instant(zone, truth.Day, truth.Hour, 0, TimePrecision.Hour) }, null);
            case 1:
                return (new OccurrenceStatement { Time = _calendar.Instant(zone, truth.Day, truth.Hour, truth.Minute, TimePrecision.Exact) }, null);
            case 2:
                return (new OccurrenceStatement { Time = _calendar.RelativeOffset(zone, -1) },
                        _calendar.Instant(zone, truth.Day + 1, 12, 0, TimePrecision.Hour));
            case 3:
                return (new OccurrenceStatement { Time = _calendar.RelativeWeekday(zone, SyntheticCalendar.Date(truth.Day).DayOfWeek) },
                        _calendar.Instant(zone, truth.Day + _random.Next(6), 12, 0, TimePrecision.Hour));
            case 4:
                return (new OccurrenceStatement { Time = _calendar.PartOfDay(zone, truth.Day, PartOfDayFor(truth.Hour)) }, null);
            default:
                return (new OccurrenceStatement { Time = _calendar.NamedDay(zone, truth.Day) }, null);
        }
    }

    private DayPart PartOfDayFor(int hour) => hour switch
    {
        < 6 => DayPart.EarlyMorning,
        < 9 => _random.Chance(0.5) ? DayPart.EarlyMorning : DayPart.Morning,
        < 12 => DayPart.Morning,
        < 17 => DayPart.Afternoon,
        < 18 => _random.Chance(0.5) ? DayPart.Afternoon : DayPart.Evening,
        < 20 => DayPart.Evening,
        _ => _random.Chance(0.5) ? DayPart.Evening : DayPart.Night,
    };

    /// <summary>Plants one contradiction (kinds in rotation); returns how many claims it added.</summary>
    private int Plant(IncidentTruth truth)
    {
        var kind = (PlantedContradictionKind)(1 + (_plantKind++ % 5));
        var partnerSide = PickSideExcept(truth.Side);
        var unit = truth.Perpetrator.Id;
        Claim partner;
        Claim? contradicting = null;
        var contradictingSide = -1;
        switch (kind)
        {
            case PlantedContradictionKind.ConflictingResponsibility:
            {
                partner = NewClaim(partnerSide, truth.Incident.Id, new ResponsibilityStatement { Actors = [unit] }, truth.Day);
                var otherSide = PickArmedSideExcept(truth.Side);
                var other = _random.Pick(_cast.Sides[otherSide].Perpetrators).Id;
                contradictingSide = PickSideExcept(partnerSide, otherSide);
                contradicting = NewClaim(contradictingSide, truth.Incident.Id, new ResponsibilityStatement { Actors = [other] }, truth.Day);
                break;
            }

            case PlantedContradictionKind.PresenceConflict:
                partner = NewClaim(partnerSide, truth.Incident.Id, new ResponsibilityStatement { Actors = [unit] }, truth.Day);
                contradictingSide = truth.Side;
                contradicting = NewClaim(contradictingSide, truth.Incident.Id, new PresenceStatement
                {
                    Actors = [unit],
                    Present = false,
                    Within = SyntheticFigures.Radius(_random, truth.Place.DistanceMeasure),
                }, truth.Day);
                break;

            case PlantedContradictionKind.FigureConflict:
            {
                var (measure, figureUnit, words) = Counts[0];
                partner = NewClaim(partnerSide, truth.Incident.Id, new QuantityStatement { Figure = SyntheticFigures.ExactCount(measure, figureUnit, words, truth.Counts[0]) }, truth.Day);
                contradictingSide = PickSideExcept(partnerSide);
                contradicting = NewClaim(contradictingSide, truth.Incident.Id, new QuantityStatement { Figure = SyntheticFigures.ConflictingCount(measure, figureUnit, words, truth.Counts[0]) }, truth.Day);
                break;
            }

            case PlantedContradictionKind.TimeConflict:
                partner = NewClaim(partnerSide, truth.Incident.Id, new OccurrenceStatement { Time = _calendar.NamedDay(truth.Place.Zone, truth.Day) }, truth.Day);
                contradictingSide = PickSideExcept(partnerSide);
                contradicting = NewClaim(contradictingSide, truth.Incident.Id, new OccurrenceStatement { Time = _calendar.NamedDay(truth.Place.Zone, truth.Day + 3) }, truth.Day + 3);
                break;

            default:
            {
                partner = NewClaim(partnerSide, truth.Incident.Id, new ResponsibilityStatement { Actors = [unit] }, truth.Day);
                Record(partner, partnerSide, deniable: false);
                var denial = NewDenial(partnerSide, truth, default, partner.Statements[0]);
                _planted.Add(new PlantedContradiction { Kind = kind, Incident = truth.Incident.Id, First = partner.Id, Second = denial.Id });
                return 1;
            }
        }

        Record(partner, partnerSide, deniable: false);
        Record(contradicting, contradictingSide, deniable: false);
        _planted.Add(new PlantedContradiction { Kind = kind, Incident = truth.Incident.Id, First = partner.Id, Second = contradicting.Id });
        return 2;
    }

    /// <summary>Another side denies <paramref name="claim"/>: by id, by statement, or both. A statement is
    /// only denied by a side that did not itself assert it in this incident (no accidental self-contradiction).</summary>
    private void Deny(IncidentTruth truth, Claim claim, int claimSide)
    {
        var named = claim.Statements[0] switch
        {
            ResponsibilityStatement r => r.Actors[0],
            PresenceStatement p => p.Actors[0],
            _ => null,
        };
        var side = named is not null && _sideOfPerpetratorName.TryGetValue(named, out var accused) && accused != claimSide
            ? accused
            : PickSideExcept(claimSide);
        var roll = _random.Next(20);
        var byStatement = roll >= 9 && claim.Statements[0] is not TextStatement;
        if (byStatement && _asserted.Contains((side, claim.Statements[0])))
        {
            byStatement = false;
        }

        var byId = !byStatement || roll >= 18;
        var denial = NewDenial(side, truth, byId ? [claim.Id] : default, byStatement ? claim.Statements[0] : null);
        _planted.Add(new PlantedContradiction { Kind = PlantedContradictionKind.Denial, Incident = truth.Incident.Id, First = claim.Id, Second = denial.Id });
    }

    private Denial NewDenial(int side, IncidentTruth truth, ValueList<string> deniedClaims, Statement? statement)
    {
        var speaker = _random.Pick(_cast.Sides[side].Speakers);
        var day = truth.Day + _random.Next(3);
        var denial = new Denial
        {
            Id = "d-" + _denials.Count.ToString("D7", CultureInfo.InvariantCulture),
            Claimant = speaker.Id,
            Incident = truth.Incident.Id,
            DeniedClaims = deniedClaims,
            Statement = statement,
            StatedAt = _calendar.Day(speaker.Zone, day),
            Reports = Reports(day),
        };
        _denials.Add(denial);
        return denial;
    }

    private Claim NewClaim(int side, string? incident, Statement statement, int day, TimeSpec? statedAt = null, Modality modality = Modality.Asserted)
    {
        var speaker = _random.Pick(_cast.Sides[side].Speakers);
        var lag = _random.Next(3);
        return new Claim
        {
            Id = "c-" + (_nextClaim++).ToString("D7", CultureInfo.InvariantCulture),
            Claimant = speaker.Id,
            Incident = incident,
            Statements = [statement],
            Modality = modality,
            StatedAt = statedAt ?? (_random.Chance(0.85) ? _calendar.Day(speaker.Zone, day + lag) : null),
            Reports = Reports(day + lag),
        };
    }

    private ValueList<Report> Reports(int day)
    {
        var roll = _random.Next(10);
        var count = roll < 6 ? 1 : roll < 9 ? 2 : 3;
        var reports = new Report[count];
        for (var r = 0; r < count; r++)
        {
            var article = ArticleFor(day + _random.Next(2));
            var outlet = _articleOutlet[article];
            var viaRoll = _random.Next(20);
            string[]? via = null;
            if (viaRoll < 9)
            {
                var first = PickRelayExcept(outlet, -1);
                via = viaRoll < 2 ? [SyntheticOutlet.All[first].Id, SyntheticOutlet.All[PickRelayExcept(outlet, first)].Id] : [SyntheticOutlet.All[first].Id];
            }

            reports[r] = new Report
            {
                Source = _sources[_firstArticle + article].Id,
                Via = via,
                Quote = _texts.PickQuote(_random, _articleText[article]),
            };
        }

        return reports;
    }

    private int ArticleFor(int day)
    {
        var first = (int)(((long)day * _articleCount + _days - 1) / _days);
        var span = Math.Max(1, _articleCount / _days);
        return Math.Min(_articleCount - 1, first + _random.Next(span));
    }

    private int PickRelayExcept(int outlet, int other)
    {
        while (true)
        {
            var relay = _random.Pick(SyntheticOutlet.Relays);
            if (relay != outlet && relay != other)
            {
                return relay;
            }
        }
    }

    private int PickSideExcept(int excluded, int alsoExcluded = -1)
    {
        while (true)
        {
            var side = _random.Next(_cast.Sides.Count);
            if (side != excluded && side != alsoExcluded)
            {
                return side;
            }
        }
    }

    private int PickArmedSideExcept(int excluded)
    {
        while (true)
        {
            var side = _random.Pick(_cast.ArmedSides);
            if (side != excluded)
            {
                return side;
            }
        }
    }

}
