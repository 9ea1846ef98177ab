using System.Globalization;
using System.Text;

namespace ClaimModel.Synthetic;

/// <summary>A small pool of article texts shared by every article source, and for each text the evidence
/// quotes that can be cited from it. Each quoted sentence occurs exactly once in its text; quotes come in four
/// shapes (exact only, with a prefix, with a suffix, with code-point positions). Every fourth text is a
/// social-media thread whose sentences start with an emoji outside the Basic Multilingual Plane, so code-point
/// positions differ from UTF-16 indexes; texts also hold curly quotes and accented letters.</summary>
internal sealed class SyntheticTexts
{
    public const int TextCount = 48;
    private const int SentencesPerText = 24;

    private static readonly string[] Towns = [.. SyntheticPlace.All.Select(p => p.Place.Name)];

    private static readonly string[] Templates =
    [
        "{0} told reporters that {1} people had been killed in {2}",
        "Witnesses in {2} described {1} explosions before dawn",
        "A statement said the aircraft flew {1} sorties over the region around {2}",
        "Officials said no aircraft came within {1} miles of {2}",
        "Medical staff said {1} patients were evacuated from the hospital in {2}",
        "Residents of {2} said the café on the main square was destroyed and {1} families fled",
        "The ministry’s spokesperson called the report “baseless” and cited {1} earlier cases near {2}",
        "{0} said at least {1} strikes hit the outskirts of {2}",
        "Rescue workers in {2} pulled {1} survivors from the rubble, {0} said",
        "Satellite images showed {1} craters north of {2}",
    ];

    private static readonly string[] Speakers =
        ["A defence spokesperson", "The foreign minister", "An observatory official", "A local council member", "A senior commander"];

    private readonly Quote[][] _quotes = new Quote[TextCount][];

    public SyntheticTexts(SyntheticRandom random)
    {
        Texts = new string[TextCount];
        for (var t = 0; t < TextCount; t++)
        {
            var social = t % 4 == 3;
            var text = new StringBuilder();
            var fragments = new List<(int Index, int Length)>();
            var number = 3 + random.Next(20);
            for (var s = 0; s < SentencesPerText; s++)
            {
                if (s > 0)
                {
                    text.Append(social ? "\n" : " ");
                }

                if (social)
                {
                    text.Append("\U0001F534 ");
                }

                number += 1 + random.Next(40);
                var sentence = string.Format(
                    CultureInfo.InvariantCulture,
                    Templates[random.Next(Templates.Length)],
                    Speakers[random.Next(Speakers.Length)],
                    number.ToString("#,0", CultureInfo.InvariantCulture),
                    Towns[random.Next(Towns.Length)]);
                fragments.Add((text.Length, sentence.Length));
                text.Append(sentence).Append('.');
            }

            var full = text.ToString();
            Texts[t] = full;
            var quotes = new List<Quote>(fragments.Count * 4);
            foreach (var (index, length) in fragments)
            {
                var exact = full.Substring(index, length);
                if (full.IndexOf(exact, StringComparison.Ordinal) != index || full.LastIndexOf(exact, StringComparison.Ordinal) != index)
                {
                    continue;
                }

                var prefixStart = SafeBoundary(full, Math.Max(0, index - 12));
                var suffixEnd = SafeBoundary(full, Math.Min(full.Length, index + length + 10));
                var start = CodePoints(full, 0, index);
                quotes.Add(new Quote { Exact = exact });
                quotes.Add(index > prefixStart ? new Quote { Exact = exact, Prefix = full[prefixStart..index] } : new Quote { Exact = exact });
                quotes.Add(new Quote { Exact = exact, Suffix = full[(index + length)..suffixEnd] });
                quotes.Add(new Quote { Exact = exact, Start = start, End = start + CodePoints(full, index, length) });
            }

            _quotes[t] = [.. quotes];
        }
    }

    /// <summary>The shared texts.</summary>
    public string[] Texts { get; }

    /// <summary>A random quote from text <paramref name="text"/>.</summary>
    public Quote PickQuote(SyntheticRandom random, int text) => random.Pick(_quotes[text]);

    private static int CodePoints(string text, int index, int length)
    {
        var count = 0;
        for (var i = index; i < index + length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static int SafeBoundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;
}
