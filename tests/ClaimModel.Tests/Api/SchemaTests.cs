using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Api;

/// <summary>The JSON Schema (<c>src/ClaimModel/Schema/claimmodel.schema.json</c>) stays in sync with the records:
/// same members in declaration order, same required members, null allowed exactly for optional members, enums listing the kebab-case
/// name of every member. (tests/schema/check.mjs checks the schema against documents with Ajv.)</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(RepoFiles.Read("src", "ClaimModel", "Schema", "claimmodel.schema.json")).RootElement;

    private static readonly Dictionary<Type, string> Defs = new()
    {
        [typeof(Actor)] = "actor",
        [typeof(Affiliation)] = "affiliation",
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

    [Fact]
    public void Schema_is_draft_2020_12_for_format_version_1()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal(ClaimDocument.CurrentFormatVersion, Schema.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetInt32());
        Assert.Equal(["formatVersion"], Schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!));
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

    [Fact]
    public void Statement_is_one_of_every_statement_kind()
    {
        var refs = Def("statement").GetProperty("oneOf").EnumerateArray().Select(e => e.GetProperty("$ref").GetString()!).ToArray();
        var statementTypes = typeof(Statement).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Statement)));

        Assert.Equal(
            statementTypes.Select(t => $"#/$defs/{Defs[t]}").Order(StringComparer.Ordinal),
            refs.Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<StatementKind>().Length, refs.Length);
    }

    [Fact]
    public void Schema_enums_list_the_kebab_case_name_of_every_member()
    {
        var problems = new List<string>();
        CheckEnum<ActorKind>("actorKind", problems);
        CheckEnum<AffiliationRelation>("affiliationRelation", problems);
        CheckEnum<SourceKind>("sourceKind", problems);
        CheckEnum<IncidentKind>("incidentKind", problems);
        CheckEnum<PlacePrecision>("placePrecision", problems);
        CheckEnum<TargetKind>("targetKind", problems);
        CheckEnum<Modality>("modality", problems);
        CheckEnum<FigureQualifier>("figureQualifier", problems);
        CheckEnum<VagueQuantity>("vagueQuantity", problems);
        CheckEnum<TimePrecision>("timePrecision", problems);
        CheckEnum<DayPart>("dayPart", problems);
        CheckEnum<DayOfWeek>("weekday", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Date_time_pattern_requires_an_offset()
    {
        var pattern = new System.Text.RegularExpressions.Regex(Def("dateTime").GetProperty("pattern").GetString()!);

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

    private static void CheckEnum<TEnum>(string def, List<string> problems)
        where TEnum : struct, Enum
    {
        var expected = Enum.GetValues<TEnum>().Select(EnumText<TEnum>.Name).ToArray();
        var actual = Def(def).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        if (!expected.SequenceEqual(actual))
        {
            problems.Add($"{def}: schema [{string.Join(", ", actual)}], {typeof(TEnum).Name} [{string.Join(", ", expected)}]");
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
