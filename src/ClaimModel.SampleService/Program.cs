using ClaimModel;
using ClaimModel.AspNetCore;
using ClaimModel.Engine;
using ClaimModel.SampleService;
using ClaimModel.Serialization;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddClaimModel();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Add(SampleJsonContext.Default));
builder.Services.AddSingleton<SynchronizedContradictionIndex>();

var app = builder.Build();
app.UseExceptionHandler();

// A whole document: read strictly, validated (400 problems otherwise), then added as one add.
app.MapPost("/documents", (ClaimModelBody<ClaimDocument> body, SynchronizedContradictionIndex index) =>
{
    var findings = index.AddDocument(body.Value);
    return TypedResults.Ok(new Added(body.Value.Claims.Count, body.Value.Denials.Count, [.. findings.Select(f => f.Id)]));
}).WithClaimModelValidation();

// Validation only, with the body bound by System.Text.Json through the HTTP JSON options AddClaimModel() configured.
app.MapPost("/validate", (ClaimDocument document) => TypedResults.NoContent()).WithClaimModelValidation();

// Claims streamed in: NDJSON (application/x-ndjson, the default) or a JSON array (application/json), added one by one.
app.MapPost("/claims", ClaimStreamEndpoint.HandleAsync);

// The report in text, Markdown or JSON (?format=, ?detail=findings|disputes), written without one big string.
app.MapGet("/report", ReportEndpoint.Handle);

// Every finding, in the report's JSON (the HTTP JSON options write the ContradictionReport).
app.MapGet("/findings", (SynchronizedContradictionIndex index) => TypedResults.Ok(index.GetReport()));

app.Run();

/// <summary>The sample's entry point (public for the HTTP tests' <c>WebApplicationFactory</c>).</summary>
public partial class Program;
