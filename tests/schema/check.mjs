// Checks the JSON Schemas of the wire format, one per format version:
//   src/ClaimModel/Schema/claimmodel.schema.json (format version 1) and claimmodel.v2.schema.json (format version 2):
//   (a) each compiles under Ajv's strict mode (draft 2020-12, formats from ajv-formats), its formatVersion const
//       being its version;
//   (b) every seeds/**/*.json document, every format 1 fixture and every tests/schema/valid/*.json document is valid against the schema of
//       the formatVersion it declares (tests/schema/valid holds documents of both versions), and so is the README's
//       ```json example (version 2, the version written);
//   (c) every *.json in each folder given with --samples DIR (documents the C# serializer wrote) is a version 2
//       document valid against the version 2 schema; such a folder must hold at least one document;
//   (d) every tests/schema/invalid/*.json document is rejected by both schemas (at least 12 of them);
//   (e) src/ClaimModel/Schema/claimmodel.report.schema.json (the report JSON) compiles strictly, the seed report JSON
//       snapshot is valid against it, so is every *.json in DIR/reports for each --samples DIR (reports the C# writer
//       wrote; at least one), and a document is not.
// Usage: node check.mjs [--samples DIR]... ; exits 1 on any failure. The last line is "schema check: N ok, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const schemaDir = path.join(root, 'src', 'ClaimModel', 'Schema');
const schemaPaths = { 1: path.join(schemaDir, 'claimmodel.schema.json'), 2: path.join(schemaDir, 'claimmodel.v2.schema.json') };
const written = 2;

const sampleDirs = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--samples' && i + 1 < args.length) sampleDirs.push(path.resolve(args[++i]));
  else { console.error(`unknown argument: ${args[i]}`); process.exit(2); }
}

let ok = 0;
let failed = 0;
const pass = (what) => { ok++; console.log(`ok    ${what}`); };
const fail = (what, why) => { failed++; console.log(`FAIL  ${what}: ${why}`); };
const rel = (p) => path.relative(root, p);
const jsonFiles = (dir) => fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f))
  : [];
// The most telling errors first: deepest path, and not the noise of the oneOf/anyOf branches that did not
// apply (another statement kind's "kind" constant, the "null" alternative of an optional member).
const noise = (e) => (e.keyword === 'const' && e.instancePath.endsWith('/kind')) || (e.keyword === 'type' && e.params?.type === 'null')
  || e.keyword === 'oneOf' || e.keyword === 'anyOf';
const describe = (errors) => {
  const all = errors ?? [];
  const telling = all.filter((e) => !noise(e));
  return (telling.length ? telling : all)
    .sort((a, b) => b.instancePath.length - a.instancePath.length)
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`)
    .join('; ');
};

// (a) compile, strict: one validator per format version.
const validators = {};
for (const [version, schemaPath] of Object.entries(schemaPaths)) {
  try {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(ajv);
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
    if (schema.properties?.formatVersion?.const !== Number(version)) throw new Error(`formatVersion const is not ${version}`);
    validators[version] = ajv.compile(schema);
    pass(`compile ${rel(schemaPath)} (strict, formatVersion ${version})`);
  } catch (e) {
    fail(`compile ${rel(schemaPath)}`, e.message);
  }
}
if (Object.keys(validators).length !== Object.keys(schemaPaths).length) {
  console.log(`schema check: ${ok} ok, ${failed} failed`);
  process.exit(1);
}
const versions = Object.keys(validators).join(' and ');
const versionOf = (doc) => (doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.formatVersion : undefined);

// A document is checked against the schema of the formatVersion it declares (and, with `expected`, must declare it).
const seenVersions = new Map();
const expectValid = (file, text, expected) => {
  let doc;
  try { doc = JSON.parse(text ?? fs.readFileSync(file, 'utf8')); } catch (e) { fail(rel(file), `not JSON: ${e.message}`); return; }
  const version = versionOf(doc);
  const validate = validators[version];
  if (!validate) { fail(rel(file), `formatVersion ${JSON.stringify(version)}: there are schemas for formatVersion ${versions} only`); return; }
  if (expected !== undefined && version !== expected) { fail(rel(file), `formatVersion ${version}, expected ${expected}`); return; }
  seenVersions.set(file, version);
  if (validate(doc)) pass(`valid    ${rel(file)} (formatVersion ${version})`);
  else fail(rel(file), describe(validate.errors));
};

// (b) seeds (every .json under seeds/, at any depth), hand-written valid documents, the README example.
const seedsDir = path.join(root, 'seeds');
const seeds = fs.existsSync(seedsDir)
  ? fs.readdirSync(seedsDir, { recursive: true }).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(seedsDir, f))
  : [];
console.log(`note  seeds/: ${seeds.length} .json documents`);
for (const f of seeds) expectValid(f);
// The format 1 seed documents kept as test fixtures: valid against the format 1 schema.
const fixtures = jsonFiles(path.join(root, 'tests', 'ClaimModel.Tests', 'Fixtures', 'format-v1'));
console.log(`note  format 1 fixtures: ${fixtures.length} .json documents`);
if (fixtures.length === 0) fail('tests/ClaimModel.Tests/Fixtures/format-v1', 'no format 1 fixture found');
for (const f of fixtures) {
  expectValid(f);
  if (seenVersions.get(f) !== 1) fail(rel(f), 'a format 1 fixture must declare formatVersion 1');
}
const valid = jsonFiles(path.join(here, 'valid'));
for (const f of valid) expectValid(f);
for (const version of Object.keys(validators).map(Number)) {
  if (!valid.some((f) => seenVersions.get(f) === version)) fail('tests/schema/valid', `no document of formatVersion ${version}`);
}

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const jsonFormat = readme.indexOf('## JSON format');
const block = jsonFormat < 0 ? null : /```json\n([\s\S]*?)\n```/.exec(readme.slice(jsonFormat));
if (!block) fail('README.md', 'no ```json block under "## JSON format"');
else expectValid(path.join(root, 'README.md#json-format'), block[1], written);

// (c) documents the C# serializer produced.
for (const dir of sampleDirs) {
  const files = jsonFiles(dir);
  if (files.length === 0) fail(rel(dir), 'no generated documents: the sample writer did not run');
  for (const f of files) expectValid(f, undefined, written);
}

// (d) the shared invalid samples must all be rejected.
const invalid = jsonFiles(path.join(here, 'invalid'));
if (invalid.length < 12) fail('tests/schema/invalid', `only ${invalid.length} samples, expected at least 12`);
for (const f of invalid) {
  let doc;
  try { doc = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { fail(rel(f), `not JSON: ${e.message}`); continue; }
  const accepting = Object.entries(validators).filter(([, validate]) => validate(doc)).map(([version]) => version);
  if (accepting.length > 0) { fail(rel(f), `accepted by the formatVersion ${accepting.join(' and ')} schema, but it is an invalid sample`); continue; }
  const declared = validators[versionOf(doc)] ?? validators[written];
  declared(doc);
  pass(`rejected ${rel(f)} (${describe(declared.errors).split('; ')[0]})`);
}

// (e) the report JSON schema.
const reportSchemaPath = path.join(schemaDir, 'claimmodel.report.schema.json');
let validateReport;
try {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  validateReport = ajv.compile(JSON.parse(fs.readFileSync(reportSchemaPath, 'utf8')));
  pass(`compile ${rel(reportSchemaPath)} (strict)`);
} catch (e) {
  fail(`compile ${rel(reportSchemaPath)}`, e.message);
}
if (validateReport) {
  const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const expectReport = (file) => {
    let doc;
    try { doc = readJson(file); } catch (e) { fail(rel(file), `not JSON: ${e.message}`); return; }
    if (validateReport(doc)) pass(`valid    ${rel(file)} (report)`);
    else fail(rel(file), describe(validateReport.errors));
  };
  expectReport(path.join(root, 'tests', 'ClaimModel.Tests', 'SeedReport', '__snapshots__', 'SeedReportSnapshotTests.Analyze_seeds_as_json_exits_0_and_matches_its_snapshot.snap'));
  for (const dir of sampleDirs) {
    const reports = jsonFiles(path.join(dir, 'reports'));
    if (reports.length === 0) fail(rel(path.join(dir, 'reports')), 'no report written: the report sample writer did not run');
    for (const f of reports) expectReport(f);
  }
  if (seeds.length > 0 && validateReport(readJson(seeds[0]))) fail(rel(seeds[0]), 'a document is accepted by the report schema');
  else pass('rejected a document by the report schema');
}

console.log(`schema check: ${ok} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
