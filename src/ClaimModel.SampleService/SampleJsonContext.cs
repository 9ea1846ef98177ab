using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimModel.SampleService;

/// <summary>Source-generated metadata for the sample's own response types (NativeAOT-safe). ClaimModel's types need
/// none: <c>AddClaimModel()</c> brings their reflection-free metadata.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Added))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
