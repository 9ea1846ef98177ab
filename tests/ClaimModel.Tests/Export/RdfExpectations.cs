using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimModel.Export;

namespace ClaimModel.Tests.Export;

/// <summary>What tests/schema/rdf-check.mjs must find with SPARQL in the exports of a corpus, computed from the
/// records themselves (not from the exports): the claim and denial ids, the utterances per claimant, the
/// delegations (spokesperson-for, official-of), every report's relay chain (utterance id, relays, source id, keyed
/// <c>{utterance}/{n}</c>), the revisions (newer, older), the retractions (retracted, retracting) and the ratings
/// given as input.</summary>
internal static class RdfExpectations
{
    public static string Write(ClaimDocument document, ClaimReviewInput? review)
    {
        var document2 = AmendmentApplierFor(document);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Strings(json, "claims", document2.Claims.Select(c => c.Id));
            Strings(json, "denials", document2.Denials.Select(d => d.Id));
            json.WriteStartObject("attributions");
            var utterances = document2.Claims.Select(c => (c.Id, c.Claimant)).Concat(document2.Denials.Select(d => (d.Id, d.Claimant)));
            foreach (var group in utterances.GroupBy(u => u.Claimant).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Strings(json, group.Key, group.Select(u => u.Id));
            }

            json.WriteEndObject();
            var delegations = document2.Actors
                .SelectMany(a => a.Affiliations
                    .Where(f => f.Relation is AffiliationRelation.SpokespersonFor or AffiliationRelation.OfficialOf)
                    .Select(f => new[] { a.Id, f.Actor, f.Relation == AffiliationRelation.SpokespersonFor ? "spokesperson-for" : "official-of" }));
            Tuples(json, "delegations", delegations);
            json.WriteStartObject("chains");
            var chains = new List<(string Key, string[] Chain)>();
            foreach (var (id, reports) in document2.Claims.Select(c => (c.Id, c.Reports)).Concat(document2.Denials.Select(d => (d.Id, d.Reports))))
            {
                for (var n = 0; n < reports.Count; n++)
                {
                    chains.Add((id + "/" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), [id, .. reports[n].Via, reports[n].Source]));
                }
            }

            foreach (var (key, chain) in chains.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                Strings(json, key, chain, sort: false);
            }

            json.WriteEndObject();
            Tuples(json, "revisions", document2.Claims.SelectMany(c => c.Supersedes.Select(old => new[] { c.Id, old })));
            Tuples(json, "invalidations", document2.Claims.SelectMany(c => c.Retracts.Select(old => new[] { old, c.Id })));
            json.WriteStartObject("ratings");
            foreach (var entry in (review?.Reviews ?? default).Where(r => r.Rating is not null).OrderBy(r => r.Claim, StringComparer.Ordinal))
            {
                json.WriteString(entry.Claim, entry.Rating!.AlternateName);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n");
    }

    private static ClaimDocument AmendmentApplierFor(ClaimDocument document) => ClaimModel.Validation.AmendmentApplier.Apply(document);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values, bool sort = true)
    {
        json.WriteStartArray(name);
        foreach (var value in sort ? values.Order(StringComparer.Ordinal) : values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Tuples(Utf8JsonWriter json, string name, IEnumerable<string[]> tuples)
    {
        json.WriteStartArray(name);
        foreach (var tuple in tuples.OrderBy(t => string.Join("\n", t), StringComparer.Ordinal))
        {
            json.WriteStartArray();
            foreach (var value in tuple)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
