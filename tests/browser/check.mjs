// Renders the HTML report in headless Chromium and checks the DOM the browser built against expected.json (written and
// checked by the .NET tests from the library's own numbers): incident sections, dispute cards, graph nodes and edges,
// figure rows; that the filter script ran and filters; that nothing was fetched from the network and no console or
// script error was logged. Optionally saves a screenshot.
// Usage: node check.mjs --report report.html [--expected expected.json] [--screenshot out.png]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const report = resolve(option('--report', 'report.html'));
const expected = JSON.parse(readFileSync(resolve(option('--expected', new URL('expected.json', import.meta.url).pathname)), 'utf8'));
const screenshot = option('--screenshot', null);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let passed = 0;
const failures = [];
const check = (name, ok, detail = '') => {
  if (ok) { passed++; console.log(`ok   ${name}`); } else { failures.push(name); console.log(`FAIL ${name} ${detail}`); }
};
const equal = (name, actual, wanted) => check(name, actual === wanted, `(got ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)})`);

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1600, deviceScaleFactor: 1 });
  const errors = [];
  const outside = [];
  page.on('console', message => { if (message.type() === 'error' || message.type() === 'warn') { errors.push(`${message.type()}: ${message.text()}`); } });
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', request => errors.push(`requestfailed: ${request.url()}`));
  await page.setRequestInterception(true);
  page.on('request', request => {
    if (request.url().startsWith('file:')) { request.continue(); } else { outside.push(request.url()); request.abort(); }
  });
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });

  const counts = await page.evaluate(() => ({
    incidents: document.querySelectorAll('main > section.incident').length,
    disputeCards: document.querySelectorAll('section.incident article.dispute').length,
    graphNodes: document.querySelectorAll('svg.graph g.node').length,
    graphEdges: document.querySelectorAll('svg.graph g.edge').length,
    figureRows: document.querySelectorAll('svg.figures g.range').length,
    graphs: document.querySelectorAll('svg.graph').length,
    edgePaths: document.querySelectorAll('svg.graph g.edge path[marker-end]').length,
    title: document.title,
    filterShown: !document.getElementById('filter').hidden,
    count: document.getElementById('filter-count').textContent,
  }));
  equal('incident sections', counts.incidents, expected.incidents);
  equal('dispute cards', counts.disputeCards, expected.disputeCards);
  equal('graph nodes', counts.graphNodes, expected.graphNodes);
  equal('graph edges', counts.graphEdges, expected.graphEdges);
  equal('every edge drawn with an arrow', counts.edgePaths, expected.graphEdges);
  equal('figure rows', counts.figureRows, expected.figureRows);
  check('title is the summary', counts.title.startsWith('Contradictions: '), counts.title);
  check('the script showed the filter', counts.filterShown);
  equal('filter count before filtering', counts.count, `${expected.incidents} of ${expected.incidents} incidents shown`);

  // Every node and edge has a box the browser laid out (the SVG was parsed as SVG, not as unknown HTML).
  const laidOut = await page.evaluate(() => [...document.querySelectorAll('svg.graph g.node rect, svg.graph g.edge path')]
    .filter(e => { const box = e.getBBox(); return box.width > 0 || box.height > 0; }).length);
  equal('graph shapes laid out', laidOut, expected.graphNodes + expected.graphEdges);

  // The status filter leaves exactly the sections with a dispute of that status.
  await page.select('#filter-status', 'corroborated');
  const byStatus = await page.evaluate(() => ({
    shown: [...document.querySelectorAll('section.incident')].filter(s => !s.hidden).map(s => s.id),
    wanted: [...document.querySelectorAll('section.incident')].filter(s => s.querySelector('article.dispute.corroborated')).map(s => s.id),
  }));
  check('status filter shows the corroborated incidents only', byStatus.shown.length > 0 && JSON.stringify(byStatus.shown) === JSON.stringify(byStatus.wanted), JSON.stringify(byStatus));
  await page.select('#filter-status', '');

  // The text filter matches voices: "turkey-mfa" leaves the incidents where that voice takes a position.
  await page.type('#filter-text', 'turkey-mfa');
  const byText = await page.evaluate(() => ({
    shown: [...document.querySelectorAll('section.incident')].filter(s => !s.hidden).map(s => s.id),
    wanted: [...document.querySelectorAll('section.incident')].filter(s => [...s.querySelectorAll('.voice')].some(v => v.textContent === 'turkey-mfa')).map(s => s.id),
    count: document.getElementById('filter-count').textContent,
  }));
  check('text filter shows the incidents of a voice', byText.shown.length > 0 && byText.shown.length < expected.incidents && JSON.stringify(byText.shown) === JSON.stringify(byText.wanted), JSON.stringify(byText));
  equal('filter count after filtering', byText.count, `${byText.shown.length} of ${expected.incidents} incidents shown`);
  await page.evaluate(() => { const t = document.getElementById('filter-text'); t.value = ''; t.dispatchEvent(new Event('input')); });

  equal('nothing fetched from outside the file', outside.join(' '), '');
  equal('no console or script error', errors.join(' | '), '');

  if (screenshot) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshot, clip: { x: 0, y: 0, width: 1280, height: 2400 }, captureBeyondViewport: true });
    console.log(`screenshot: ${screenshot}`);
  }
} finally {
  await browser.close();
}

console.log(`browser check: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
