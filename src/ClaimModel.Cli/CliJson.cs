using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimModel.Loading;
using ClaimModel.Serialization;
using ClaimModel.Validation;

namespace ClaimModel.Cli;

/// <summary>The JSON the commands print (validation results, errors): indented by 2, LF, non-ASCII as is, each
/// document followed by one LF; the members of issues and failures written the same way everywhere.</summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the JSON document <paramref name="write"/> makes to <paramref name="output"/>, then LF.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    /// <summary>An issue's members: <c>severity, code, path, message, value?</c>.</summary>
    public static void WriteIssueMembers(Utf8JsonWriter json, ValidationIssue issue)
    {
        json.WriteString("severity", EnumText<IssueSeverity>.Name(issue.Severity));
        json.WriteString("code", issue.Code);
        json.WriteString("path", issue.Path);
        json.WriteString("message", issue.Message);
        if (issue.Value is not null)
        {
            json.WriteString("value", issue.Value);
        }
    }

    /// <summary>A load failure as an object: <c>{ path, reason, message }</c> (reason: <see cref="LoadFailureKind"/>, kebab-case).</summary>
    public static void WriteFailure(Utf8JsonWriter json, LoadFailure failure)
    {
        json.WriteStartObject();
        json.WriteString("path", failure.Path);
        json.WriteString("reason", EnumText<LoadFailureKind>.Name(failure.Kind));
        json.WriteString("message", failure.Message);
        json.WriteEndObject();
    }
}
