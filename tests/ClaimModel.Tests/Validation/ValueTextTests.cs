using System.Text;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

public class ValueTextTests
{
    /// <summary>Every public enum of the model, so that a new one cannot fall through to its C# name.</summary>
    public static TheoryData<Type> ModelEnums => new(typeof(Claim).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == "ClaimModel"));

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void Issue_values_of_every_model_enum_are_their_kebab_case_wire_names(Type type)
    {
        foreach (var value in Enum.GetValues(type))
        {
            Assert.Equal(KebabCase(value.ToString()!), ValueText.Format(value));
        }
    }

    private static string KebabCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
