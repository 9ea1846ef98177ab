using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Api;

/// <summary>The JSON Schemas, one per format version (<c>src/ClaimModel/Schema/claimmodel.schema.json</c> for version 1,
/// <c>claimmodel.v2.schema.json</c> for version 2), stay in sync with the reader: each record's members in table order and its
/// required members are those the wire table has in that version, and each enum lists the kebab-case names of the values that
/// version has. The version 2 schema also matches the records: same members in declaration order, same required members,
/// null allowed exactly for optional members, the right JSON types. (tests/schema/check.mjs checks both schemas against
/// documents with Ajv.)</summary>
public sealed class SchemaTests
{
    private static readonly Dictionary<int, JsonElement> Schemas = new()
    {
        [1] = JsonDocument.Parse(RepoFiles.Read("src", "ClaimModel", "Schema", "claimmodel.schema.json")).RootElement,
        [2] = JsonDocument.Parse(RepoFiles.Read("src", "ClaimModel", "Schema", "claimmodel.v2.schema.json")).RootElement,
    };

    /// <summary>The schema of the version written: every record of the model is checked against it.</summary>
    private static readonly JsonElement Schema = Schemas[ClaimDocument.CurrentFormatVersion];

    /// <summary>The wire tables by schema definition (the root is the document's table).</summary>
    private static readonly Dictionary<string, Func<int, JsonMembers>> Tables = new()
    {
        ["$"] = WireFormat.ClaimDocument.MembersOf,
        ["actor"] = WireFormat.Actor.MembersOf,
        ["affiliation"] = WireFormat.Affiliation.MembersOf,
        ["identityLink"] = WireFormat.IdentityLink.MembersOf,
        ["source"] = WireFormat.Source.MembersOf,
        ["incident"] = WireFormat.Incident.MembersOf,
        ["place"] = WireFormat.Place.MembersOf,
        ["geoPoint"] = WireFormat.GeoPoint.MembersOf,
        ["target"] = WireFormat.Target.MembersOf,
        ["time"] = WireFormat.TimeSpec.MembersOf,
        ["relativeDay"] = WireFormat.RelativeDay.MembersOf,
        ["figure"] = WireFormat.Figure.MembersOf,
        ["claim"] = WireFormat.Claim.MembersOf,
        ["denial"] = WireFormat.Denial.MembersOf,
        ["report"] = WireFormat.Report.MembersOf,
        ["quote"] = WireFormat.Quote.MembersOf,
        ["amendment"] = WireFormat.Amendment.MembersOf,
        ["responsibilityStatement"] = WireFormat.ResponsibilityStatement.MembersOf,
        ["presenceStatement"] = WireFormat.PresenceStatement.MembersOf,
        ["quantityStatement"] = WireFormat.QuantityStatement.MembersOf,
        ["targetStatement"] = WireFormat.TargetStatement.MembersOf,
        ["occurrenceStatement"] = WireFormat.OccurrenceStatement.MembersOf,
        ["textStatement"] = WireFormat.TextStatement.MembersOf,
    };

    /// <summary>The records that exist only from a version on (absent from older schemas).</summary>
    private static readonly Dictionary<string, int> DefSince = new() { ["identityLink"] = 2, ["amendment"] = 2 };

    private static readonly Dictionary<Type, string> Defs = new()
    {
        [typeof(Actor)] = "actor",
        [typeof(Affiliation)] = "affiliation",
        [typeof(IdentityLink)] = "identityLink",
        [typeof(Source)] = "source",
        [typeof(Incident)] = "incident",
        [typeof(Place)] = "place",
        [typeof(GeoPoint)] = "geoPoint",
        [typeof(Target)] = "target",
        [typeof(TimeSpec)] = "time",
        [typeof(RelativeDay)] = "relativeDay",
        [typeof(Figure)] = "figure",
        [typeof(Claim)] = "claim",
        [typeof(Denial)] = "denial",
        [typeof(Report)] = "report",
        [typeof(Quote)] = "quote",
        [typeof(Amendment)] = "amendment",
        [typeof(Statement)] = "statement",
        [typeof(ResponsibilityStatement)] = "responsibilityStatement",
        [typeof(PresenceStatement)] = "presenceStatement",
        [typeof(QuantityStatement)] = "quantityStatement",
        [typeof(TargetStatement)] = "targetStatement",
        [typeof(OccurrenceStatement)] = "occurrenceStatement",
        [typeof(TextStatement)] = "textStatement",
        [typeof(DateTimeOffset)] = "dateTime",
    };

    public static TheoryData<string> RecordDefs() =>
        new(Defs.Where(p => p.Key.IsClass && !p.Key.IsAbstract).Select(p => p.Key.Name).Append(nameof(ClaimDocument)));

    public static TheoryData<int> Versions() => new(Schemas.Keys);

    public static TheoryData<int, string> VersionedDefs()
    {
        var data = new TheoryData<int, string>();
        foreach (var version in Schemas.Keys)
        {
            foreach (var def in Tables.Keys.Where(def => version >= DefSince.GetValueOrDefault(def, 1)))
            {
                data.Add(version, def);
            }
        }

        return data;
    }

    [Fact]
    public void There_is_one_schema_per_supported_version_and_the_newest_is_written() =>
        Assert.Equal(ClaimDocument.SupportedFormatVersions, Schemas.Keys.Order());

    [Theory]
    [MemberData(nameof(Versions))]
    public void Schema_is_draft_2020_12_for_its_format_version(int version)
    {
        var schema = Schemas[version];

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal(version, schema.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetInt32());
        Assert.Equal(["formatVersion"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!));
        Assert.Contains($"format version {version}", schema.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(version == 1 ? "/claimmodel.schema.json" : $"/claimmodel.v{version}.schema.json", schema.GetProperty("$id").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(VersionedDefs))]
    public void Schema_object_has_the_members_the_reader_reads_in_its_version(int version, string def)
    {
        var node = def == "$" ? Schemas[version] : Schemas[version].GetProperty("$defs").GetProperty(def);
        var table = Tables[def](version);
        var members = Enumerable.Range(0, table.Count).Where(table.IsAvailable).ToArray();

        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(members.Select(table.Name), node.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            members.Where(table.IsRequired).Select(table.Name).Order(StringComparer.Ordinal),
            (node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : []).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Schema_has_a_definition_for_exactly_the_records_of_its_version(int version)
    {
        var expected = Tables.Keys.Where(def => def != "$" && version >= DefSince.GetValueOrDefault(def, 1)).Append("statement").Append("dateTime");
        var defs = Schemas[version].GetProperty("$defs").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "object" || p.Name is "statement" or "dateTime")
            .Select(p => p.Name);

        Assert.Equal(expected.Order(StringComparer.Ordinal), defs.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecordDefs))]
    public void Schema_object_matches_the_record(string typeName)
    {
        var type = typeof(ClaimDocument).Assembly.GetType($"ClaimModel.{typeName}")!;
        var def = type == typeof(ClaimDocument) ? Schema : Def(Defs[type]);
        var isStatement = type.IsSubclassOf(typeof(Statement));
        var problems = new List<string>();

        Assert.Equal("object", def.GetProperty("type").GetString());
        Assert.False(def.GetProperty("additionalProperties").GetBoolean());

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !(isStatement && p.Name == nameof(Statement.Kind)))
            .ToArray();
        var expectedNames = properties.Select(p => CamelCase(p.Name));
        expectedNames = isStatement ? expectedNames.Prepend("kind") : expectedNames;
        expectedNames = type == typeof(ClaimDocument) ? expectedNames.Prepend("formatVersion") : expectedNames;
        var schemaProperties = def.GetProperty("properties");
        Assert.Equal(expectedNames, schemaProperties.EnumerateObject().Select(p => p.Name));

        var expectedRequired = properties.Where(p => p.IsDefined(typeof(RequiredMemberAttribute))).Select(p => CamelCase(p.Name));
        expectedRequired = isStatement ? expectedRequired.Prepend("kind") : expectedRequired;
        expectedRequired = type == typeof(ClaimDocument) ? ["formatVersion"] : expectedRequired;
        var required = def.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : [];
        Assert.Equal(expectedRequired.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));

        if (isStatement)
        {
            var kind = ((Statement)RuntimeHelpers.GetUninitializedObject(type)).Kind;
            Assert.Equal(EnumText<StatementKind>.Name(kind), schemaProperties.GetProperty("kind").GetProperty("const").GetString());
        }

        var nullability = new NullabilityInfoContext();
        foreach (var property in properties)
        {
            // The wire rule: an optional member may be null (meaning absent), a required one may not.
            var isRequired = property.IsDefined(typeof(RequiredMemberAttribute));
            var clrNullable = nullability.Create(property).ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (isRequired && clrNullable)
            {
                problems.Add($"{type.Name}.{property.Name}: required but nullable in C#");
            }

            Check(schemaProperties.GetProperty(CamelCase(property.Name)), property.PropertyType, nullable: !isRequired, $"{type.Name}.{property.Name}", problems);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Statement_is_one_of_every_statement_kind(int version)
    {
        var refs = Schemas[version].GetProperty("$defs").GetProperty("statement").GetProperty("oneOf").EnumerateArray().Select(e => e.GetProperty("$ref").GetString()!).ToArray();
        var statementTypes = typeof(Statement).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Statement)));

        Assert.Equal(
            statementTypes.Select(t => $"#/$defs/{Defs[t]}").Order(StringComparer.Ordinal),
            refs.Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<StatementKind>().Length, refs.Length);
    }

    /// <summary>Each schema's enums list, in declaration order, the kebab-case names of exactly the values its version
    /// has (<see cref="FormatVersions.Since{TEnum}"/>): so a value added to an enum without saying from which version
    /// fails here against the frozen version 1 schema. Enums new in version 2 have no definition in version 1.</summary>
    [Theory]
    [MemberData(nameof(Versions))]
    public void Schema_enums_list_the_kebab_case_names_of_the_values_of_their_version(int version)
    {
        var problems = new List<string>();
        var defs = new List<string>();
        CheckEnum<ActorKind>(version, "actorKind", problems, defs);
        CheckEnum<AffiliationRelation>(version, "affiliationRelation", problems, defs);
        CheckEnum<SourceKind>(version, "sourceKind", problems, defs);
        CheckEnum<IncidentKind>(version, "incidentKind", problems, defs);
        CheckEnum<PlacePrecision>(version, "placePrecision", problems, defs);
        CheckEnum<TargetKind>(version, "targetKind", problems, defs);
        CheckEnum<Modality>(version, "modality", problems, defs);
        CheckEnum<FigureQualifier>(version, "figureQualifier", problems, defs);
        CheckEnum<VagueQuantity>(version, "vagueQuantity", problems, defs);
        CheckEnum<TimePrecision>(version, "timePrecision", problems, defs);
        CheckEnum<DayPart>(version, "dayPart", problems, defs);
        CheckEnum<DayOfWeek>(version, "weekday", problems, defs);
        if (version >= 2)
        {
            CheckEnum<ActorCombination>(version, "actorCombination", problems, defs);
            CheckEnum<Intent>(version, "intent", problems, defs);
            CheckEnum<TargetScope>(version, "targetScope", problems, defs);
            CheckEnum<DeniedAspect>(version, "deniedAspect", problems, defs);
            CheckEnum<Characterization>(version, "characterization", problems, defs);
            CheckEnum<IdentityCertainty>(version, "identityCertainty", problems, defs);
        }

        var enumDefs = Schemas[version].GetProperty("$defs").EnumerateObject().Where(p => p.Value.TryGetProperty("enum", out _)).Select(p => p.Name);
        Assert.Equal(defs.Order(StringComparer.Ordinal), enumDefs.Order(StringComparer.Ordinal));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_enum_value_of_the_current_version_is_in_the_newest_schema() =>
        Assert.All(
            new[] { FormatVersions.Since(Modality.Hedged), FormatVersions.Since(FigureQualifier.Nearly), FormatVersions.Since(ActorKind.UnnamedGroup), FormatVersions.Since(ActorKind.PoliticalBody) },
            since => Assert.Equal(2, since));

    [Theory]
    [MemberData(nameof(Versions))]
    public void Date_time_pattern_requires_an_offset(int version)
    {
        var pattern = new System.Text.RegularExpressions.Regex(Schemas[version].GetProperty("$defs").GetProperty("dateTime").GetProperty("pattern").GetString()!);

        Assert.Matches(pattern, "2016-02-10T13:55:00+03:00");
        Assert.Matches(pattern, "2016-02-10T13:55:00.1234567-05:00");
        Assert.Matches(pattern, "2016-02-10T13:55:00Z");
        Assert.DoesNotMatch(pattern, "2016-02-10T13:55:00");
        Assert.DoesNotMatch(pattern, "2016-02-10");
        Assert.Matches(pattern, DateTimeOffset.Parse("2016-02-10T13:55:00+03:00", System.Globalization.CultureInfo.InvariantCulture)
            .ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static JsonElement Def(string name) => Schema.GetProperty("$defs").GetProperty(name);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static void CheckEnum<TEnum>(int version, string def, List<string> problems, List<string> defs)
        where TEnum : struct, Enum
    {
        defs.Add(def);
        var expected = Enum.GetValues<TEnum>().Where(v => FormatVersions.Since(v) <= version).Select(EnumText<TEnum>.Name).ToArray();
        var actual = Schemas[version].GetProperty("$defs").GetProperty(def).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        if (!expected.SequenceEqual(actual))
        {
            problems.Add($"{def} (version {version}): schema [{string.Join(", ", actual)}], {typeof(TEnum).Name} [{string.Join(", ", expected)}]");
        }
    }

    /// <summary>Checks one member's schema against its CLR type: null allowed exactly when <paramref name="nullable"/>
    /// (optional members; never array elements), and the right JSON type, $ref or enum.</summary>
    private static void Check(JsonElement node, Type type, bool nullable, string path, List<string> problems)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;

        // Unwrap { "anyOf": [ { "type": "null" }, X ] } and { "type": [ T, "null" ] }.
        var allowsNull = false;
        if (node.TryGetProperty("anyOf", out var anyOf))
        {
            var branches = anyOf.EnumerateArray().ToArray();
            allowsNull = branches.Any(b => b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null");
            node = branches.Single(b => !(b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
        }

        string? jsonType = null;
        if (node.TryGetProperty("type", out var typeNode))
        {
            if (typeNode.ValueKind == JsonValueKind.Array)
            {
                var types = typeNode.EnumerateArray().Select(e => e.GetString()!).ToArray();
                allowsNull |= types.Contains("null");
                jsonType = types.Single(t => t != "null");
            }
            else
            {
                jsonType = typeNode.GetString();
            }
        }

        if (allowsNull != nullable)
        {
            problems.Add($"{path}: schema {(allowsNull ? "allows" : "forbids")} null, expected {(nullable ? "null allowed (optional member)" : "no null (required member or array element)")}");
        }

        var reference = node.TryGetProperty("$ref", out var refNode) ? refNode.GetString()!["#/$defs/".Length..] : null;

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            if (jsonType != "array")
            {
                problems.Add($"{path}: expected type array, schema has {jsonType ?? reference}");
                return;
            }

            Check(node.GetProperty("items"), type.GetGenericArguments()[0], nullable: false, path + "[]", problems);
            return;
        }

        if (type.IsEnum)
        {
            var names = typeof(EnumText<>).MakeGenericType(type).GetField("AllNames")!.GetValue(null)!;
            var def = reference is null ? node : Def(reference);
            var actual = string.Join(", ", def.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            if (!Equals(names, actual))
            {
                problems.Add($"{path}: schema enum [{actual}], {type.Name} [{names}]");
            }

            return;
        }

        var expectedJsonType = type == typeof(string) ? "string"
            : type == typeof(bool) ? "boolean"
            : type == typeof(int) || type == typeof(long) ? "integer"
            : type == typeof(decimal) || type == typeof(double) ? "number"
            : null;
        if (expectedJsonType is not null)
        {
            if (jsonType != expectedJsonType)
            {
                problems.Add($"{path}: expected type {expectedJsonType}, schema has {jsonType ?? reference}");
            }

            return;
        }

        if (!Defs.TryGetValue(type, out var expectedDef) || reference != expectedDef)
        {
            problems.Add($"{path}: expected $ref #/$defs/{(expectedDef ?? "?")} for {type.Name}, schema has {reference ?? jsonType}");
        }
    }
}
