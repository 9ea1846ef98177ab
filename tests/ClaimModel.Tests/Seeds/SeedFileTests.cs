using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ClaimModel.Tests.Seeds;

/// <summary>Checks of the seed articles and their claim documents that need only the files
/// (System.Text.Json's DOM, not the ClaimModel reader).</summary>
public sealed class SeedFileTests
{
    /// <summary>SHA-256 of each seed article, pinned: the articles are byte-for-byte copies and must never change.</summary>
    public static TheoryData<string, string> PinnedHashes => new()
    {
        { "000_657ed939b43e574a", "52bfe9580c3be45279121ee20d1540da5fb363770001d90c0edb6c2efdb19152" },
        { "001_17ff118d58b876ac", "c14c229f7a57cfaafced8b99a102488b18447232375f79f35ea96636064bf698" },
        { "002_f72ab34079641ca8", "ca9a2af12d27256bda4719881ee6b1eb9818f46db9d8938b6de58fc061459eac" },
        { "003_b9f34958f912dcc2", "fade9ae93bc05a46e9e482e7259af5ce42c8461ca4043dd04e1cf67e4758f94a" },
        { "004_27213814693d52c7", "cece832ba1eeca5f7eba3ca1e7214a5dbf07d21acb4b3cf941955bac109079e5" },
    };

    /// <summary>The article ids.</summary>
    public static TheoryData<string> Articles => new(SeedPaths.Articles);

    [Theory]
    [MemberData(nameof(PinnedHashes))]
    public void Article_text_has_the_pinned_sha256(string article, string sha256)
    {
        var bytes = File.ReadAllBytes(SeedPaths.ArticleText(article));
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Every_article_has_a_pinned_hash_and_a_claims_document()
    {
        var texts = Directory.GetFiles(SeedPaths.SeedsDir, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(SeedPaths.Articles, texts);
        Assert.All(SeedPaths.Articles, a => Assert.True(File.Exists(SeedPaths.ArticleDocument(a)), a));
        Assert.True(File.Exists(SeedPaths.CommonDocument));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_document_holds_exactly_one_source_with_the_full_article_text(string article)
    {
        var expected = SeedPaths.ReadText(SeedPaths.ArticleText(article));
        using var json = JsonDocument.Parse(File.ReadAllBytes(SeedPaths.ArticleDocument(article)));
        var withText = json.RootElement.GetProperty("sources").EnumerateArray()
            .Where(s => s.TryGetProperty("text", out _))
            .ToList();
        var source = Assert.Single(withText);
        Assert.Equal(expected, source.GetProperty("text").GetString());
        Assert.True(source.TryGetProperty("published", out _), "published");
        Assert.True(source.TryGetProperty("publishedBasis", out _), "publishedBasis");
    }

    [Fact]
    public void Common_document_holds_no_claims_and_no_source_text()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(SeedPaths.CommonDocument));
        Assert.False(json.RootElement.TryGetProperty("claims", out _));
        Assert.False(json.RootElement.TryGetProperty("denials", out _));
        Assert.All(json.RootElement.GetProperty("sources").EnumerateArray(), s => Assert.False(s.TryGetProperty("text", out _)));
    }

    [Fact]
    public void Every_quote_occurs_exactly_once_in_the_text_of_its_source_in_the_merged_corpus()
    {
        var corpus = Corpus.Load();
        var failures = new List<string>();
        var reports = 0;
        foreach (var (id, report) in corpus.Reports())
        {
            reports++;
            var sourceId = report.GetProperty("source").GetString()!;
            if (!corpus.SourceTexts.TryGetValue(sourceId, out var text))
            {
                failures.Add($"{id}: source '{sourceId}' has no text");
                continue;
            }

            var quote = report.GetProperty("quote");
            var whole = Optional(quote, "prefix") + quote.GetProperty("exact").GetString() + Optional(quote, "suffix");
            var count = CountOccurrences(text, whole);
            if (count != 1)
            {
                failures.Add($"{id}: quote occurs {count} times in '{sourceId}': {whole}");
            }
        }

        Assert.True(reports > 80, $"only {reports} reports");
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_reference_resolves_and_every_id_is_defined_once_in_the_merged_corpus()
    {
        var corpus = Corpus.Load();
        Assert.Empty(corpus.DuplicateIds);
        var failures = new List<string>();
        void Need(string owner, string kind, string? id, string alsoKind = "")
        {
            if (id is not null && !corpus.Ids[kind].Contains(id) && !(alsoKind.Length > 0 && corpus.Ids[alsoKind].Contains(id)))
            {
                failures.Add($"{owner}: unknown {kind}{(alsoKind.Length > 0 ? " or " + alsoKind : string.Empty)} '{id}'");
            }
        }

        void NeedPosition(string owner, string claim, int position)
        {
            if (corpus.StatementCounts.TryGetValue(claim, out var count) && (position < 0 || position >= count))
            {
                failures.Add($"{owner}: claim '{claim}' has no statement {position}");
            }
        }

        foreach (var (kind, element) in corpus.Elements())
        {
            var owner = element.GetProperty("id").GetString()!;
            switch (kind)
            {
                case "actors":
                    foreach (var a in Array(element, "affiliations"))
                    {
                        Need(owner, "actors", a.GetProperty("actor").GetString());
                    }

                    foreach (var link in Array(element, "sameAs"))
                    {
                        Need(owner, "actors", link.GetProperty("actor").GetString());
                    }

                    break;
                case "sources":
                    Need(owner, "actors", OptionalOrNull(element, "affiliatedActor"));
                    break;
                case "incidents":
                    Need(owner, "incidents", OptionalOrNull(element, "partOf"));
                    break;
                default:
                    Need(owner, "actors", element.GetProperty("claimant").GetString());
                    Need(owner, "incidents", OptionalOrNull(element, "incident"));
                    foreach (var d in Array(element, "deniedClaims"))
                    {
                        // A whole claim (claimId) or one of its statements (claimId#n).
                        var parts = d.GetString()!.Split('#');
                        Need(owner, "claims", parts[0]);
                        if (parts.Length > 1)
                        {
                            NeedPosition(owner, parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
                        }
                    }

                    var statements = kind == "claims"
                        ? element.GetProperty("statements").EnumerateArray().ToList()
                        : element.TryGetProperty("statement", out var denied) ? [denied] : [];
                    foreach (var statement in statements)
                    {
                        foreach (var actor in Array(statement, "actors"))
                        {
                            Need(owner, "actors", actor.GetString());
                        }

                        Need(owner, "actors", OptionalOrNull(statement, "subject"));
                    }

                    foreach (var r in Array(element, "reports"))
                    {
                        Need(owner, "sources", r.GetProperty("source").GetString());
                        foreach (var v in Array(r, "via"))
                        {
                            // A relay is an outlet (a source) or a speaker who passed the claim on (an actor).
                            Need(owner, "sources", v.GetString(), alsoKind: "actors");
                        }

                        foreach (var position in Array(r, "statements"))
                        {
                            if (kind == "denials")
                            {
                                failures.Add($"{owner}: a denial's report names statements");
                            }

                            NeedPosition(owner, owner, position.GetInt32());
                        }
                    }

                    break;
            }
        }

        Assert.Empty(failures);
    }

    private static string Optional(JsonElement element, string name) => OptionalOrNull(element, name) ?? string.Empty;

    private static string? OptionalOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The six seed documents read as JSON DOMs and merged by id.</summary>
    private sealed class Corpus
    {
        private static readonly string[] Kinds = ["actors", "sources", "incidents", "claims", "denials"];

        private readonly List<(string Kind, JsonElement Element)> _elements = [];

        public Dictionary<string, HashSet<string>> Ids { get; } = Kinds.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal));

        public Dictionary<string, string> SourceTexts { get; } = new(StringComparer.Ordinal);

        /// <summary>The number of statements of each claim.</summary>
        public Dictionary<string, int> StatementCounts { get; } = new(StringComparer.Ordinal);

        public List<string> DuplicateIds { get; } = [];

        public static Corpus Load()
        {
            var corpus = new Corpus();
            foreach (var path in SeedPaths.AllDocuments)
            {
                // The DOM is kept alive for the test's duration (small files); clone to detach from the document.
                using var json = JsonDocument.Parse(File.ReadAllBytes(path));
                foreach (var kind in Kinds)
                {
                    if (!json.RootElement.TryGetProperty(kind, out var array))
                    {
                        continue;
                    }

                    foreach (var element in array.EnumerateArray())
                    {
                        var id = element.GetProperty("id").GetString()!;
                        if (!corpus.Ids.Values.All(set => !set.Contains(id)))
                        {
                            corpus.DuplicateIds.Add($"{Path.GetFileName(path)}: {kind} '{id}'");
                        }

                        corpus.Ids[kind].Add(id);
                        corpus._elements.Add((kind, element.Clone()));
                        if (kind == "sources" && element.TryGetProperty("text", out var text))
                        {
                            corpus.SourceTexts[id] = text.GetString()!;
                        }

                        if (kind == "claims")
                        {
                            corpus.StatementCounts[id] = element.GetProperty("statements").GetArrayLength();
                        }
                    }
                }
            }

            return corpus;
        }

        public IEnumerable<(string Kind, JsonElement Element)> Elements() => _elements;

        public IEnumerable<(string Id, JsonElement Report)> Reports() =>
            _elements.Where(e => e.Kind is "claims" or "denials")
                .SelectMany(e => e.Element.GetProperty("reports").EnumerateArray().Select(r => (e.Element.GetProperty("id").GetString()!, r)));
    }
}
