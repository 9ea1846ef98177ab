namespace ClaimModel.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Plain text for people.</summary>
    Text,
    /// <summary>JSON for machines (camelCase, kebab-case enums, LF).</summary>
    Json,
    /// <summary>Markdown (the analyze command).</summary>
    Markdown,
    /// <summary>One self-contained HTML file (the analyze command).</summary>
    Html,
}
