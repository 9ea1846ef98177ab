// Checks the JSON Schema of the wire format (src/ClaimModel/Schema/claimmodel.schema.json):
//   (a) it compiles under Ajv's strict mode (draft 2020-12, formats from ajv-formats);
//   (b) every seeds/**/*.json document and every tests/schema/valid/*.json document is valid,
//       and so is the README's ```json example;
//   (c) every *.json in each folder given with --samples DIR (documents the C# serializer wrote) is valid;
//       such a folder must hold at least one document;
//   (d) every tests/schema/invalid/*.json document is rejected (at least 12 of them).
// Usage: node check.mjs [--samples DIR]... ; exits 1 on any failure. The last line is "schema check: N ok, N failed".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const schemaPath = path.join(root, 'src', 'ClaimModel', 'Schema', 'claimmodel.schema.json');

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

// (a) compile, strict.
let validate;
try {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  pass(`compile ${rel(schemaPath)} (strict)`);
} catch (e) {
  fail(`compile ${rel(schemaPath)}`, e.message);
  console.log(`schema check: ${ok} ok, ${failed} failed`);
  process.exit(1);
}

const expectValid = (file, text) => {
  let doc;
  try { doc = JSON.parse(text ?? fs.readFileSync(file, 'utf8')); } catch (e) { fail(rel(file), `not JSON: ${e.message}`); return; }
  if (validate(doc)) pass(`valid    ${rel(file)}`);
  else fail(rel(file), describe(validate.errors));
};

// (b) seeds (every .json under seeds/, at any depth), hand-written valid documents, the README example.
const seedsDir = path.join(root, 'seeds');
const seeds = fs.existsSync(seedsDir)
  ? fs.readdirSync(seedsDir, { recursive: true }).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(seedsDir, f))
  : [];
console.log(`note  seeds/: ${seeds.length} .json documents`);
for (const f of seeds) expectValid(f);
const valid = jsonFiles(path.join(here, 'valid'));
if (valid.length === 0) fail('tests/schema/valid', 'no documents');
for (const f of valid) expectValid(f);

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const jsonFormat = readme.indexOf('## JSON format');
const block = jsonFormat < 0 ? null : /```json\n([\s\S]*?)\n```/.exec(readme.slice(jsonFormat));
if (!block) fail('README.md', 'no ```json block under "## JSON format"');
else expectValid(path.join(root, 'README.md#json-format'), block[1]);

// (c) documents the C# serializer produced.
for (const dir of sampleDirs) {
  const files = jsonFiles(dir);
  if (files.length === 0) fail(rel(dir), 'no generated documents: the sample writer did not run');
  for (const f of files) expectValid(f);
}

// (d) the shared invalid samples must all be rejected.
const invalid = jsonFiles(path.join(here, 'invalid'));
if (invalid.length < 12) fail('tests/schema/invalid', `only ${invalid.length} samples, expected at least 12`);
for (const f of invalid) {
  let doc;
  try { doc = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { fail(rel(f), `not JSON: ${e.message}`); continue; }
  if (validate(doc)) fail(rel(f), 'accepted, but it is an invalid sample');
  else pass(`rejected ${rel(f)} (${describe(validate.errors).split('; ')[0]})`);
}

console.log(`schema check: ${ok} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
