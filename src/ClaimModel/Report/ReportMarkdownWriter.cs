using System.Globalization;
using System.Text;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>Renders a <see cref="ContradictionReport"/> as Markdown: a title and summary, then one section per
/// finding with its participants as a list, evidence quotes as nested items, origins and the explanation.
/// LF line endings, invariant culture; Markdown-significant characters in data are backslash-escaped.</summary>
public static class ReportMarkdownWriter
{
    /// <summary>The report as Markdown.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("# Contradictions\n\n").Append(Escape(ReportPhrases.Summary(report))).Append(".\n");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"## {i + 1}. ").Append(Escape(ReportPhrases.Heading(finding))).Append("\n\n");
            foreach (var participant in finding.Participants)
            {
                text.Append("- ").Append(Escape(ReportPhrases.Participant(participant))).Append('\n');
                foreach (var evidence in participant.Reports)
                {
                    text.Append("  - ").Append(Escape(ReportPhrases.Evidence(evidence))).Append('\n');
                }
            }

            text.Append('\n').Append(Escape(ReportPhrases.Origins(finding))).Append("\n\n");
            text.Append("**Why:** ").Append(Escape(finding.Explanation)).Append('\n');
        }

        return text.ToString();
    }

    private static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 8);
                builder.Append('\\');
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }
}
