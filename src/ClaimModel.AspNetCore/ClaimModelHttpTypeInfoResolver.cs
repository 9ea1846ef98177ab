using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClaimModel.Engine;
using ClaimModel.Reporting;
using ClaimModel.Serialization;

namespace ClaimModel.AspNetCore;

/// <summary>Reflection-free type metadata for the HTTP JSON options: every ClaimModel record (ClaimJson's resolver) and
/// the <see cref="ContradictionReport"/> (written by <see cref="ContradictionReportJsonConverter"/>), so that bodies and
/// results of these types work under NativeAOT, where ASP.NET Core has no reflection resolver.</summary>
internal sealed class ClaimModelHttpTypeInfoResolver : IJsonTypeInfoResolver
{
    /// <summary>The one instance.</summary>
    public static readonly ClaimModelHttpTypeInfoResolver Instance = new();

    private static readonly ContradictionReportJsonConverter ReportConverter = new();

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(ContradictionReport)
            ? JsonMetadataServices.CreateValueInfo<ContradictionReport>(options, ReportConverter)
            : ClaimJson.Options.TypeInfoResolver!.GetTypeInfo(type, options);
}
