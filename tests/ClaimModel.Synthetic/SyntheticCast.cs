namespace ClaimModel.Synthetic;

/// <summary>The fictional actors and their sides: states (three in a western coalition, two in an eastern
/// alliance, three unaligned), each with a government, defence and foreign ministries, an air force and an
/// army, spokespersons and officials; two armed groups with commanders and fighters; two NGOs and an
/// international council. The number of persons grows with the corpus size. Two unaligned states are
/// bystanders: they never carry out an incident, so "their forces were not there" is always true.</summary>
internal sealed class SyntheticCast
{
    private static readonly (string Id, string Name, string Zone, int Coalition)[] States =
    [
        ("arvenia", "Arvenia", "America/New_York", 0),
        ("belmora", "Belmora", "Europe/London", 0),
        ("corvath", "Corvath", "Europe/Paris", 0),
        ("dunmark", "Dunmark", "Europe/Moscow", 1),
        ("estrava", "Estrava", "Asia/Tehran", 1),
        ("falkor", "Falkor", "Europe/Istanbul", -1),
        ("galdon", "Galdon", "Asia/Riyadh", -1),
        ("harven", "Harven", "Asia/Tokyo", -1),
    ];

    private static readonly (string Id, string Name)[] Coalitions =
    [
        ("western-coalition", "Western-led coalition"),
        ("eastern-alliance", "Eastern alliance"),
    ];

    private static readonly (string Id, string Name, string Zone)[] ArmedGroups =
    [
        ("northern-front", "Northern Front", "Asia/Damascus"),
        ("black-banner", "Black Banner", "Asia/Baghdad"),
    ];

    private static readonly (string Id, string Name, ActorKind Kind, string Zone)[] Observers =
    [
        ("war-observatory", "Observatory for Wartime Casualties", ActorKind.Ngo, "Europe/London"),
        ("medical-relief", "Medical Relief International", ActorKind.Ngo, "Europe/Paris"),
        ("world-council", "World Security Council", ActorKind.InternationalOrganization, "America/New_York"),
    ];

    private static readonly string[] Bystanders = ["galdon", "harven"];

    private readonly List<Actor> _actors = [];

    public SyntheticCast(int claims)
    {
        var personsPerBody = 2 + (claims / 20_000);
        var sideByRoot = new Dictionary<string, int>(StringComparer.Ordinal);

        int SideOf(string root)
        {
            if (!sideByRoot.TryGetValue(root, out var side))
            {
                side = sideByRoot.Count;
                sideByRoot.Add(root, side);
                Sides.Add(new SideCast(root));
            }

            return side;
        }

        foreach (var (id, name) in Coalitions)
        {
            Add(new Actor { Id = id, Name = name, Kind = ActorKind.Coalition, Aliases = [name.Replace("-led", string.Empty, StringComparison.Ordinal)] });
            SideOf(id);
        }

        foreach (var (id, name, zone, coalition) in States)
        {
            var root = coalition >= 0 ? Coalitions[coalition].Id : id;
            var side = Sides[SideOf(root)];
            Add(new Actor
            {
                Id = id,
                Name = name,
                Kind = ActorKind.State,
                Aliases = [name + "n government"],
                Affiliations = coalition >= 0 ? [new Affiliation { Actor = root, Relation = AffiliationRelation.MemberOf }] : default,
            });
            var gov = Child(id + "-gov", name + " Presidential Office", ActorKind.Government, id, AffiliationRelation.PartOf);
            var mod = Child(id + "-mod", name + " Defence Ministry", ActorKind.Ministry, id, AffiliationRelation.PartOf, name + " MoD");
            var mofa = Child(id + "-mofa", name + " Foreign Ministry", ActorKind.Ministry, id, AffiliationRelation.PartOf);
            var airForce = Child(id + "-air-force", name + " Air Force", ActorKind.MilitaryUnit, mod, AffiliationRelation.PartOf);
            var army = Child(id + "-army", name + " Army", ActorKind.MilitaryUnit, mod, AffiliationRelation.PartOf);
            side.Perpetrators.Add(new Perpetrator(airForce, [airForce, mod, id]));
            side.Perpetrators.Add(new Perpetrator(army, [army, mod, id]));
            side.Speakers.Add(new Speaker(gov, zone));
            side.Speakers.Add(new Speaker(mod, zone));
            side.Speakers.Add(new Speaker(mofa, zone));
            for (var i = 1; i <= personsPerBody; i++)
            {
                var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                side.Speakers.Add(new Speaker(Child($"{mod}-spokesperson-{number}", $"{name} defence spokesperson {number}", ActorKind.Person, mod, AffiliationRelation.SpokespersonFor), zone));
                side.Speakers.Add(new Speaker(Child($"{mofa}-spokesperson-{number}", $"{name} foreign ministry spokesperson {number}", ActorKind.Person, mofa, AffiliationRelation.SpokespersonFor), zone));
                side.Speakers.Add(new Speaker(Child($"{gov}-official-{number}", $"{name} official {number}", ActorKind.Person, gov, AffiliationRelation.OfficialOf), zone));
            }
        }

        foreach (var (id, name, zone) in ArmedGroups)
        {
            var side = Sides[SideOf(id)];
            Add(new Actor { Id = id, Name = name, Kind = ActorKind.ArmedGroup });
            var fighters = Child(id + "-fighters", name + " fighters", ActorKind.MilitaryUnit, id, AffiliationRelation.PartOf);
            side.Perpetrators.Add(new Perpetrator(fighters, [fighters, id]));
            side.Speakers.Add(new Speaker(id, zone));
            for (var i = 1; i <= personsPerBody; i++)
            {
                var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                side.Speakers.Add(new Speaker(Child($"{id}-commander-{number}", $"{name} commander {number}", ActorKind.Person, id, AffiliationRelation.OfficialOf), zone));
            }
        }

        foreach (var (id, name, kind, zone) in Observers)
        {
            var side = Sides[SideOf(id)];
            Add(new Actor { Id = id, Name = name, Kind = kind });
            side.Speakers.Add(new Speaker(id, zone));
            side.Speakers.Add(new Speaker(Child(id + "-director", name + " director", ActorKind.Person, id, AffiliationRelation.OfficialOf), zone));
        }

        for (var s = 0; s < Sides.Count; s++)
        {
            if (Sides[s].Perpetrators.Count > 0)
            {
                ArmedSides.Add(s);
                (Bystanders.Contains(Sides[s].Root) ? BystanderSides : PerpetratorSides).Add(s);
            }
        }
    }

    /// <summary>Every actor, parents before children.</summary>
    public IReadOnlyList<Actor> Actors => _actors;

    /// <summary>The sides (affiliation roots), each with who can speak for it and who can strike.</summary>
    public List<SideCast> Sides { get; } = [];

    /// <summary>The indexes of sides with armed forces.</summary>
    public List<int> ArmedSides { get; } = [];

    /// <summary>The armed sides that carry out incidents.</summary>
    public List<int> PerpetratorSides { get; } = [];

    /// <summary>The armed sides that never carry out an incident.</summary>
    public List<int> BystanderSides { get; } = [];

    private string Child(string id, string name, ActorKind kind, string parent, AffiliationRelation relation, string? alias = null)
    {
        Add(new Actor
        {
            Id = id,
            Name = name,
            Kind = kind,
            Aliases = alias is null ? default : [alias],
            Affiliations = [new Affiliation { Actor = parent, Relation = relation }],
        });
        return id;
    }

    private void Add(Actor actor) => _actors.Add(actor);
}
