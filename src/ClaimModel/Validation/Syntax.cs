namespace ClaimModel.Validation;

/// <summary>Hand-written checks for identifier-like text (ids, measures, units, country codes, URLs):
/// faster than a regular expression and culture-invariant (ASCII only).</summary>
internal static class Syntax
{
    /// <summary>An id: <c>^[a-z0-9]+(?:[-._:][a-z0-9]+)*$</c>.</summary>
    public static bool IsId(string text) => IsTokenRun(text, static c => c is '-' or '.' or '_' or ':');

    /// <summary>A measure: <c>^[a-z0-9]+(?:-[a-z0-9]+)*$</c>.</summary>
    public static bool IsMeasure(string text) => IsTokenRun(text, static c => c == '-');

    /// <summary>A unit or rate unit: <c>^[a-z0-9]+(?:[-/][a-z0-9]+)*$</c>.</summary>
    public static bool IsUnit(string text) => IsTokenRun(text, static c => c is '-' or '/');

    /// <summary>An ISO 3166-1 alpha-2 shape: two upper-case ASCII letters.</summary>
    public static bool IsCountryCode(string text) => text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]);

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>Runs of <c>[a-z0-9]</c> separated by single separators, not starting or ending with one.</summary>
    private static bool IsTokenRun(string text, Func<char, bool> isSeparator)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var previousWasSeparator = true;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                previousWasSeparator = false;
            }
            else if (!previousWasSeparator && isSeparator(c))
            {
                previousWasSeparator = true;
            }
            else
            {
                return false;
            }
        }

        return !previousWasSeparator;
    }
}
