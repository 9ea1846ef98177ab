using static ClaimModel.Tests.Support.TestJson;

namespace ClaimModel.Tests.Support;

/// <summary>Exact wire form in both directions: a value writes to exactly a JSON literal, and the literal reads back
/// to an equal value (through <see cref="TestJson"/>, i.e. <see cref="Serialization.ClaimJson.Options"/>).</summary>
public static class ExactJson
{
    /// <summary>Asserts that <paramref name="value"/> writes to <paramref name="singleQuotedJson"/> (single quotes
    /// for double quotes) and that the literal reads back to an equal value.</summary>
    public static void AssertExact<T>(T value, string singleQuotedJson)
    {
        var json = Q(singleQuotedJson);
        Assert.Equal(json, Write(value));
        Assert.Equal(value, Read<T>(json));
    }

    /// <summary>A statement's exact JSON through its own type and through the polymorphic base type.</summary>
    public static void AssertStatement<T>(T value, string singleQuotedJson)
        where T : Statement
    {
        AssertExact(value, singleQuotedJson);
        AssertExact<Statement>(value, singleQuotedJson);
    }
}
