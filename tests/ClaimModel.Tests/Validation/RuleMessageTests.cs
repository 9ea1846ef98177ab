using System.Text;
using ClaimModel.Validation;
using Snapshooter.Xunit;

namespace ClaimModel.Tests.Validation;

/// <summary>What a user reads for each broken rule: the formatted issue (severity, code, path, message, value) of every
/// invalid and warning case of <see cref="RuleTests"/>, in one snapshot, so that a message that loses its words,
/// its hint or the record it names shows up.</summary>
public class RuleMessageTests
{
    [Fact]
    public void Every_broken_rule_formats_its_issue_with_its_message()
    {
        var text = new StringBuilder();
        foreach (var (name, (document, _, _, _)) in RuleTests.Invalid.Concat(RuleTests.Warnings).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append("# ").Append(name).Append('\n').Append(ClaimValidation.Validate(document).Format());
        }

        Snapshot.Match(text.ToString());
    }
}
