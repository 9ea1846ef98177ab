using System.Collections;
using System.Reflection;
using ClaimModel.Serialization;
using ClaimModel.Tests.Support;
using CsCheck;

namespace ClaimModel.Tests.Serialization;

/// <summary>Write/read round trips over generated documents that hold every member of format version 2 (the last
/// test proves the generators reach every member of every record and every enum value).</summary>
public sealed class RoundTripPropertyTests
{
    [Fact]
    public void Any_document_written_and_read_back_is_equal()
    {
        ModelGenerators.ClaimDocument.Sample(document =>
        {
            var json = ClaimJson.Serialize(document);
            Assert.Equal(document, ClaimJson.Deserialize(json));
        }, iter: 500);
    }

    [Fact]
    public void Any_document_written_read_and_written_again_gives_identical_bytes()
    {
        ModelGenerators.ClaimDocument.Sample(document =>
        {
            foreach (var indented in new[] { false, true })
            {
                var first = ClaimJson.SerializeToUtf8Bytes(document, indented);
                var second = ClaimJson.SerializeToUtf8Bytes(ClaimJson.Deserialize(first), indented);
                Assert.Equal(first, second);
            }
        }, iter: 500);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Hostile), MemberType = typeof(CultureScope))]
    public void Round_trip_holds_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        ModelGenerators.ClaimDocument.Sample(document =>
        {
            var json = ClaimJson.SerializeToUtf8Bytes(document, indented: true);
            var read = ClaimJson.Deserialize(json);
            Assert.Equal(document, read);
            Assert.Equal(json, ClaimJson.SerializeToUtf8Bytes(read, indented: true));
        }, iter: 100);
    }

    [Fact]
    public void Generated_documents_set_every_member_of_every_record_and_every_enum_value()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ModelGenerators.ClaimDocument.Sample(document => Collect(document, seen), iter: 2000, threads: 1);

        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(ClaimDocument).Assembly.GetExportedTypes().Where(IsModelRecord))
        {
            foreach (var property in Members(type))
            {
                expected.Add($"{type.Name}.{property.Name}");
                var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (enumType.IsEnum)
                {
                    foreach (var value in Enum.GetNames(enumType))
                    {
                        expected.Add($"{type.Name}.{property.Name}={value}");
                    }
                }
            }
        }

        Assert.Empty(expected.Except(seen).Order(StringComparer.Ordinal));
    }

    private static bool IsModelRecord(Type type) =>
        type.Namespace == nameof(ClaimModel) && type is { IsClass: true, IsAbstract: false } && type.GetMethod("<Clone>$") is not null;

    /// <summary>The wire members of a record (a statement's kind is its type, not a member).</summary>
    private static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !(p.Name == nameof(Statement.Kind) && type.IsSubclassOf(typeof(Statement))));

    /// <summary>Records "Type.Member" for every member set (not null, not empty, not false or the default enum value)
    /// and "Type.Member=Value" for every enum value met, walking into nested records and lists.</summary>
    private static void Collect(object value, HashSet<string> seen)
    {
        var type = value.GetType();
        if (!IsModelRecord(type))
        {
            return;
        }

        foreach (var property in Members(type))
        {
            var member = property.GetValue(value);
            var name = $"{type.Name}.{property.Name}";
            switch (member)
            {
                case null:
                    continue;
                case Enum e:
                    seen.Add($"{name}={e}");
                    if (Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture) != 0 || property.PropertyType != e.GetType())
                    {
                        seen.Add(name);
                    }

                    break;
                case bool flag:
                    if (flag)
                    {
                        seen.Add(name);
                    }

                    break;
                case string:
                    seen.Add(name);
                    break;
                case IEnumerable items:
                    foreach (var item in items)
                    {
                        seen.Add(name);
                        Collect(item!, seen);
                    }

                    break;
                default:
                    seen.Add(name);
                    Collect(member, seen);
                    break;
            }
        }
    }
}
