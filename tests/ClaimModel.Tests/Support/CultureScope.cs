using System.Globalization;

namespace ClaimModel.Tests.Support;

/// <summary>Runs code under another current culture (and UI culture) and restores the previous ones on
/// dispose: <c>using var _ = new CultureScope("tr-TR");</c>. Culture is per thread / async flow, so parallel
/// test classes are not affected.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    /// <summary>Switches to <paramref name="name"/> ("de-DE", "tr-TR"; "" for the invariant culture).</summary>
    public CultureScope(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Cultures that break culture-sensitive code: decimal comma (de-DE), dotless i (tr-TR),
    /// Arabic digits and right-to-left text (ar-SA), and the invariant culture.</summary>
    public static TheoryData<string> Hostile => new() { "de-DE", "tr-TR", "ar-SA", "" };

    /// <inheritdoc/>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
