using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Support;

/// <summary>Reads and writes any ClaimModel type through <see cref="ClaimJson.Options"/> with explicit
/// type metadata (the NativeAOT-safe way), and builds JSON literals readably.</summary>
public static class TestJson
{
    /// <summary>The metadata for <typeparamref name="T"/> from <see cref="ClaimJson.Options"/>.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)ClaimJson.Options.GetTypeInfo(typeof(T));

    /// <summary>Writes a value compactly.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Info<T>());

    /// <summary>Reads a value.</summary>
    public static T Read<T>(string json) => JsonSerializer.Deserialize(json, Info<T>())!;

    /// <summary>Turns single quotes into double quotes, so JSON literals in tests stay readable.</summary>
    public static string Q(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
