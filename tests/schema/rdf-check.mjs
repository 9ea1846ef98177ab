// Checks the RDF exports of ClaimModel with real tools, offline:
//   (a) each <name>.claimreview.jsonld (schema.org ClaimReview/Claim) expands and converts to N-Quads with jsonld.js,
//       the schema.org context coming from contexts/schema.org.jsonld through a local document loader (a subset of
//       https://schema.org's context: its @vocab and the IRI-valued url/sameAs; nothing is fetched, any other remote
//       context is an error);
//   (b) each <name>.prov.jsonld (PROV-O, context inline) converts to N-Quads with jsonld.js and <name>.prov.ttl
//       (the same graph as Turtle) parses in oxigraph; both load into oxigraph stores and are the same set of triples;
//   (c) SPARQL queries over those stores return what <name>.expected.json (written by the C# tests from the library's
//       records, not from the exports) says: the claims and denials (ids), the attributions per actor (ids), the
//       delegations, the relay chain of every report (utterance, relays, source), the revisions, the retractions,
//       the ClaimReviews and their ratings (only those given as input).
// Usage: node rdf-check.mjs --samples DIR ; DIR holds the files above for one or more names (at least one).
// Exits 1 on any failure. The last line is "rdf check: N ok, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import oxigraph from 'oxigraph';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaContext = JSON.parse(fs.readFileSync(path.join(here, 'contexts', 'schema.org.jsonld'), 'utf8'));
const localContexts = new Map(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'].map((u) => [u, schemaContext]));
const documentLoader = async (url) => {
  if (!localContexts.has(url)) throw new Error(`no network: refusing to load ${url}`);
  return { contextUrl: null, documentUrl: url, document: localContexts.get(url) };
};

let dir = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--samples' && i + 1 < args.length) dir = path.resolve(args[++i]);
  else { console.error(`unknown argument: ${args[i]}`); process.exit(2); }
}
if (!dir) { console.error('usage: node rdf-check.mjs --samples DIR'); process.exit(2); }

let ok = 0;
let failed = 0;
const pass = (what) => { ok++; console.log(`ok    ${what}`); };
const fail = (what, why) => { failed++; console.log(`FAIL  ${what}: ${why}`); };
const same = (what, actual, expected) => {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) pass(what);
  else fail(what, `got ${a.slice(0, 400)}, expected ${e.slice(0, 400)}`);
};

const PREFIXES = `
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;
const select = (store, query) => store.query(PREFIXES + query).map((row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])));
const sortedPairs = (rows, a, b) => rows.map((r) => [r[a], r[b]]).sort((x, y) => (x.join('\n') < y.join('\n') ? -1 : x.join('\n') > y.join('\n') ? 1 : 0));
const byKey = (rows, key, value) => {
  const out = {};
  for (const r of rows) (out[r[key]] ??= []).push(r[value]);
  for (const k of Object.keys(out)) out[k].sort();
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : 1)));
};
const sortedObject = (o) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));
const nquads = (store) => store.dump({ format: 'application/n-quads' }).split('\n').filter((l) => l.trim()).sort();

async function toStore(doc) {
  const text = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
  const store = new oxigraph.Store();
  store.load(text, { format: 'application/n-quads' });
  return store;
}

async function checkSample(name) {
  const file = (suffix) => path.join(dir, `${name}.${suffix}`);
  const expected = JSON.parse(fs.readFileSync(file('expected.json'), 'utf8'));
  const utterances = [...expected.claims, ...expected.denials].sort();

  // (a) schema.org ClaimReview / Claim
  const review = JSON.parse(fs.readFileSync(file('claimreview.jsonld'), 'utf8'));
  const expanded = await jsonld.expand(review, { documentLoader, safe: true });
  if (expanded.length > 0) pass(`${name}: claimreview expands (${expanded.length} top-level nodes)`);
  else fail(`${name}: claimreview expands`, 'nothing expanded');
  const s = await toStore(review);
  pass(`${name}: claimreview converts to N-Quads and loads into oxigraph (${s.size} quads)`);
  same(`${name}: schema:Claim nodes (ids)`,
    select(s, 'SELECT ?id WHERE { ?c a schema:Claim ; schema:identifier ?id }').map((r) => r.id).sort(), utterances);
  same(`${name}: schema:Claim authors (claims per actor)`,
    byKey(select(s, 'SELECT ?actor ?id WHERE { ?c a schema:Claim ; schema:identifier ?id ; schema:author ?a . BIND(STRAFTER(STR(?a), "actor/") AS ?actor) }'), 'actor', 'id'),
    expected.attributions);
  same(`${name}: one schema:ClaimReview per claim and denial`,
    select(s, 'SELECT ?id WHERE { ?r a schema:ClaimReview ; schema:itemReviewed ?c . ?c schema:identifier ?id }').map((r) => r.id).sort(), utterances);
  same(`${name}: ratings only where given`,
    sortedObject(Object.fromEntries(select(s, 'SELECT ?id ?name WHERE { ?r a schema:ClaimReview ; schema:itemReviewed ?c ; schema:reviewRating ?rt . ?c schema:identifier ?id . ?rt schema:alternateName ?name }').map((r) => [r.id, r.name]))),
    expected.ratings);

  // (b) PROV-O: JSON-LD and Turtle are one graph
  const provJson = JSON.parse(fs.readFileSync(file('prov.jsonld'), 'utf8'));
  const p = await toStore(provJson);
  pass(`${name}: prov JSON-LD converts to N-Quads and loads into oxigraph (${p.size} quads)`);
  const t = new oxigraph.Store();
  t.load(fs.readFileSync(file('prov.ttl'), 'utf8'), { format: 'text/turtle' });
  pass(`${name}: prov Turtle parses in oxigraph (${t.size} triples)`);
  const a = nquads(p);
  const b = nquads(t);
  const onlyJson = a.filter((l) => !b.includes(l));
  const onlyTurtle = b.filter((l) => !a.includes(l));
  if (onlyJson.length === 0 && onlyTurtle.length === 0 && a.length === b.length) pass(`${name}: prov JSON-LD and Turtle hold the same ${a.length} triples`);
  else fail(`${name}: prov JSON-LD and Turtle hold the same triples`, `only in JSON-LD: ${onlyJson.slice(0, 3).join(' | ')}; only in Turtle: ${onlyTurtle.slice(0, 3).join(' | ')}`);

  // (c) SPARQL over the Turtle graph
  same(`${name}: prov entities attributed to actors (ids)`,
    select(t, 'SELECT ?id WHERE { ?e prov:wasAttributedTo ?a ; dcterms:identifier ?id }').map((r) => r.id).sort(), utterances);
  same(`${name}: attributions per actor`,
    byKey(select(t, 'SELECT ?actor ?id WHERE { ?e prov:wasAttributedTo ?a ; dcterms:identifier ?id . ?a a prov:Agent ; dcterms:identifier ?actor }'), 'actor', 'id'),
    expected.attributions);
  same(`${name}: delegations (actedOnBehalfOf, qualified with the relation)`,
    select(t, `SELECT ?agent ?principal ?role WHERE {
      ?x prov:actedOnBehalfOf ?y ; prov:qualifiedDelegation ?d ; dcterms:identifier ?agent .
      ?d a prov:Delegation ; prov:agent ?y ; prov:hadRole ?r . ?y dcterms:identifier ?principal . ?r rdfs:label ?role }`)
      .map((r) => [r.agent, r.principal, r.role]).sort(),
    expected.delegations);
  same(`${name}: every report reaches its utterance through wasQuotedFrom+`,
    select(t, 'SELECT ?r WHERE { ?r prov:hadPrimarySource ?u . FILTER NOT EXISTS { ?r prov:wasQuotedFrom+ ?u } }').length, 0);
  const next = new Map(select(t, 'SELECT ?x ?y WHERE { ?x prov:wasQuotedFrom ?y }').map((r) => [r.x, r.y]));
  const carrier = new Map(select(t, `SELECT ?x ?id WHERE {
      ?x prov:wasQuotedFrom ?any . { ?x prov:wasAttributedTo ?c } UNION { ?x dcterms:isPartOf ?c } ?c dcterms:identifier ?id }`).map((r) => [r.x, r.id]));
  const chains = {};
  for (const r of select(t, 'SELECT ?r ?uid WHERE { ?r prov:hadPrimarySource ?u . ?u dcterms:identifier ?uid }')) {
    const chain = [];
    let x = r.r;
    for (let guard = 0; next.has(x) && guard < 100; guard++) {
      chain.unshift(carrier.get(x));
      x = next.get(x);
    }
    chain.unshift(r.uid);
    chains[r.r.slice(r.r.indexOf('report/') + 'report/'.length)] = chain;
  }
  same(`${name}: relay chains of ${Object.keys(expected.chains).length} reports (utterance, relays, source)`, sortedObject(chains), expected.chains);
  same(`${name}: revisions (wasRevisionOf)`,
    sortedPairs(select(t, 'SELECT ?n ?o WHERE { ?a prov:wasRevisionOf ?b . ?a dcterms:identifier ?n . ?b dcterms:identifier ?o }'), 'n', 'o'),
    expected.revisions);
  same(`${name}: retractions (wasInvalidatedBy the activity that generated the retracting claim)`,
    sortedPairs(select(t, 'SELECT ?o ?n WHERE { ?b prov:wasInvalidatedBy ?act . ?a prov:wasGeneratedBy ?act . ?act a prov:Activity . ?a dcterms:identifier ?n . ?b dcterms:identifier ?o }'), 'o', 'n'),
    expected.invalidations);
}

const names = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length)).sort()
  : [];
if (names.length === 0) fail(`samples in ${dir}`, 'no <name>.expected.json found');
for (const name of names) {
  try {
    await checkSample(name);
  } catch (e) {
    fail(name, e.stack ?? String(e));
  }
}
console.log(`rdf check: ${ok} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
