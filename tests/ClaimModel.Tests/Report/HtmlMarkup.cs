using System.Xml;
using System.Xml.Linq;

namespace ClaimModel.Tests.Reporting;

/// <summary>The HTML report read back as XML (the writer emits XHTML-compatible markup): well-formedness, and the
/// elements a reader and the browser check count.</summary>
internal static class HtmlMarkup
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses the report (fails the test when it is not well-formed).</summary>
    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return XDocument.Load(reader);
    }

    /// <summary>The HTML elements named <paramref name="name"/> whose class list holds <paramref name="cssClass"/>.</summary>
    public static IEnumerable<XElement> WithClass(XDocument document, string name, string cssClass) =>
        document.Descendants(Html + name).Where(e => HasClass(e, cssClass));

    /// <summary>The SVG elements named <paramref name="name"/> whose class list holds <paramref name="cssClass"/>.</summary>
    public static IEnumerable<XElement> SvgWithClass(XDocument document, string name, string cssClass) =>
        document.Descendants(Svg + name).Where(e => HasClass(e, cssClass));

    private static bool HasClass(XElement element, string cssClass) =>
        ((string?)element.Attribute("class") ?? string.Empty).Split(' ').Contains(cssClass, StringComparer.Ordinal);
}
