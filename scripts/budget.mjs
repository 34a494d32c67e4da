// Speed and size, measured: builds the app as it ships, and beside it two floors from the same
// React and Vite (a plain HTML page and a bare React page), prints what a first visit downloads
// and Lighthouse's median figures for all four pages, run in turn so load on the machine falls on
// all alike, and fails past the budget. Times are judged as ratios to the floors measured in the
// same run, never as absolute figures, which this shared machine moves from run to run. Run with
// `npm run budget`.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build, preview, runnerImport } from 'vite';

// With --ci, as .ci/run calls it, timings and performance are printed, never gated: load on a
// shared machine moves them (a performance score from 0.99 to 0.85 on one busy run) with no fault
// in the app. Run by a person, the ratios to the floors are gated too. Sizes and the other scores
// are exact and are gated the same either way.
const inCi = process.argv.includes('--ci');
const BUDGET = {
  // 78.9 kB before any language, and at most 2 kB more for the reader's language: its state, its choice
  // before the first paint, the language control and the page frame's words, all counted here; each
  // translation loads only when shown.
  initialJsKb: 80.9,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
};
/** Each page against a floor built and measured in the same run. */
const RATIOS = [
  { page: 'start page', what: 'largest paint', floor: 'plain HTML', measure: (f, floor) => f.lcp / floor.lcp, most: 1.5, shown: (r) => `${r.toFixed(2)}×` },
  {
    page: 'start page',
    what: 'performance',
    floor: 'bare React',
    measure: (f, floor) => hundredths(f.performance - floor.performance),
    least: 0,
    shown: signed,
  },
  { page: 'result page', what: 'largest paint', floor: 'bare React', measure: (f, floor) => f.lcp / floor.lcp, most: 1.3, shown: (r) => `${r.toFixed(2)}×` },
  {
    page: 'result page',
    what: 'blocking time',
    floor: 'bare React',
    measure: (f, floor) => f.tbt - floor.tbt,
    most: 150,
    shown: (r) => `${r >= 0 ? '+' : ''}${Math.round(r)} ms`,
  },
  {
    page: 'result page',
    what: 'performance',
    floor: 'bare React',
    measure: (f, floor) => hundredths(f.performance - floor.performance),
    least: -0.05,
    shown: signed,
  },
];
// Scores come in hundredths; their difference is judged in hundredths too (0.95 - 1 is -0.0500…01 in floating point).
function hundredths(n) {
  return Math.round(n * 100) / 100;
}
function signed(n) {
  return `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;
}
// In CI the timings are printed, never gated, and the gated scores are the same on every run, so
// one run of each keeps the suite within its time; run by a person, the median of three.
const RUNS = inCi ? 1 : 3;
const OUT_DIR = 'reports/budget-build';
// The floors are built into the app's build, so one server serves all four pages alike.
const FLOOR_DIR = 'floor';
const FLOOR_SOURCE = 'reports/budget-floor-source';
const RESULT_LINK =
  '#/result?area=lower&side=one-side&activity=lifting&timing=during&suddenMoment=1&character=sharp&severity=6&radiation=none&rest=partly&loadedArea=1&daysSince=0&trend=same&redFlags=';

// One language besides English whose first visit is measured as a browser makes it: the start page
// and the one chunk of its words, which the app fetches only for a reader in that language.
const TRANSLATED_VISIT = { locale: 'es-ES', name: 'Spanish' };

// A person who checks every day for years: how long a page takes to show with this many checks kept.
const KEPT_CHECKS = 1000;
const LOAD_RUNS = 3;
// As Lighthouse's mobile runs do: a phone's processor is several times slower than this machine's.
const CPU_SLOWDOWN = 4;

const gzipKb = (text) => gzipSync(text, { level: 9 }).length / 1024;
const kb = (n) => `${n.toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

process.env.NODE_ENV = 'production';
await build({ mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });

// What a first visit loads: the app's entry chunk and the chunks it imports statically, any
// stylesheet the HTML links, and what is inline in the HTML. Pages after the start load later.
const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(OUT_DIR, '.vite/manifest.json'), 'utf8'));
const firstLoad = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) firstLoad(imported, seen);
  return seen;
};
const fileKb = (path) => gzipKb(readFileSync(join(OUT_DIR, path)));
const initialJs = [...firstLoad('index.html')].reduce((sum, key) => sum + fileKb(manifest[key].file), 0);
const inlineJs = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzipKb(m[1]), 0);
const cssFiles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].reduce((sum, m) => sum + fileKb(m[1]), 0);
const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + gzipKb(m[1]), 0);
const allJs = readdirSync(join(OUT_DIR, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .reduce((sum, name) => sum + fileKb(join('assets', name)), 0);

console.log('\nFirst visit, gzipped (level 9)');
console.log(`  HTML, with the start page, its CSS and its two inline scripts: ${kb(gzipKb(html))}`);
console.log(`  JavaScript the page loads first: ${kb(initialJs + inlineJs)} (budget ${BUDGET.initialJsKb} kB)`);
console.log(`  CSS: ${kb(inlineCss + cssFiles)} (inlined in the HTML: ${kb(inlineCss)})`);
// Each translation's words, one chunk fetched only when the language is shown.
for (const [key, chunk] of Object.entries(manifest).filter(([key]) => /languages\/[^/]+\/catalog\.ts$/.test(key)))
  console.log(`  Words in ${key.split('/').at(-2)}: ${kb(fileKb(chunk.file))}`);
console.log(`  All JavaScript, fetched as pages are opened or by the offline cache: ${kb(allJs)}`);

await buildFloors();

const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0];
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const pages = [
  ['plain HTML', `${base}${FLOOR_DIR}/plain/`],
  ['bare React', `${base}${FLOOR_DIR}/react/`],
  ['start page', base],
  ['result page', `${base}${RESULT_LINK}`],
];
const runsOf = Object.fromEntries(pages.map(([name]) => [name, []]));
const figures = {};
let loadTimes;
let translatedFirstVisit;
try {
  // Page after page within a run, so whatever else the machine is doing falls on every page alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, url] of pages) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Screenshots are for a person reading a report; this script reads only figures.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      });
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      runsOf[name].push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        seo: lhr.categories.seo.score,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing,
      });
    }
  }
  for (const [name, runs] of Object.entries(runsOf)) {
    figures[name] = Object.fromEntries(
      ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'].map((key) => [key, median(runs.map((r) => r[key]))]),
    );
    figures[name].failing = [...new Set(runs.flatMap((r) => r.failing))];
  }
  translatedFirstVisit = await firstVisitJs(base, TRANSLATED_VISIT.locale, inlineJs);
  // Printed only, never gated: CI leaves it out to keep the suite within its time.
  if (!inCi) loadTimes = await timeWithKeptChecks(base);
} finally {
  chrome.kill();
  await server.close();
}

console.log(`\nLighthouse, mobile, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} of each page, in turn`);
console.log('  page          perf  a11y  b.p.  seo   LCP      TBT     CLS');
for (const [name, f] of Object.entries(figures)) {
  console.log(
    `  ${name.padEnd(12)}  ${f.performance.toFixed(2)}  ${f.accessibility.toFixed(2)}  ${f.bestPractices.toFixed(2)}  ${f.seo.toFixed(2)}  ${(f.lcp / 1000).toFixed(2)} s  ${Math.round(f.tbt)} ms  ${f.cls.toFixed(3)}`,
  );
  if (f.failing.length > 0) console.log(`    audits not passed in some run: ${f.failing.join(', ')}`);
}

console.log(`\nAgainst the floors measured in the same run${inCi ? ' (printed in CI, not gated: load moves them)' : ''}`);
const ratioProblems = [];
for (const ratio of RATIOS) {
  const value = ratio.measure(figures[ratio.page], figures[ratio.floor]);
  const within = ratio.most !== undefined ? value <= ratio.most : value >= ratio.least;
  const limit = ratio.most !== undefined ? `at most ${ratio.shown(ratio.most)}` : `at least ${ratio.shown(ratio.least)}`;
  console.log(`  ${`${ratio.page}, ${ratio.what}, against ${ratio.floor}:`.padEnd(52)} ${ratio.shown(value).padStart(8)}  (${limit})${within ? '' : '  over'}`);
  if (!within) ratioProblems.push(`${ratio.page}: ${ratio.what} is ${ratio.shown(value)} against ${ratio.floor}, budget ${limit}`);
}

console.log(
  `\nA first visit from a browser in ${TRANSLATED_VISIT.name} (${TRANSLATED_VISIT.locale}), as Chromium fetches it: ${kb(translatedFirstVisit)} of JavaScript, gzipped (printed)`,
);

if (loadTimes) {
  console.log(`\nWith ${KEPT_CHECKS} checks kept, median of ${LOAD_RUNS} runs at ${CPU_SLOWDOWN}× CPU slowdown (printed, never gated)`);
  for (const line of loadTimes) console.log(`  ${line}`);
} else console.log(`\nWith ${KEPT_CHECKS} checks kept: not timed in CI; \`npm run budget\` times it.`);

const problems = [];
if (initialJs + inlineJs > BUDGET.initialJsKb) problems.push(`first-load JavaScript is ${kb(initialJs + inlineJs)}, over ${BUDGET.initialJsKb} kB`);
if (!inCi) problems.push(...ratioProblems);
for (const [name, f] of Object.entries(figures)) {
  if (name === 'plain HTML' || name === 'bare React') continue;
  for (const key of ['accessibility', 'bestPractices', 'seo']) if (f[key] < BUDGET[key]) problems.push(`${name}: ${key} ${f[key]} is under ${BUDGET[key]}`);
}
if (problems.length > 0) {
  console.log(`\nOver budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nWithin budget.');

/**
 * The floors: a plain HTML page, and a bare React page built by this project's own Vite and React,
 * each with the start page's heading and first lines, so what is left between them and Backcheck
 * is Backcheck's own doing.
 */
async function buildFloors() {
  const words = '<h1>Back pain after training?</h1><p>Find out if it is normal soreness, a likely strain, or a reason to see a doctor.</p>';
  const head =
    '<meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="description" content="A floor to measure against." />';
  mkdirSync(join(OUT_DIR, FLOOR_DIR, 'plain'), { recursive: true });
  writeFileSync(
    join(OUT_DIR, FLOOR_DIR, 'plain', 'index.html'),
    `<!doctype html><html lang="en"><head>${head}<link rel="icon" href="data:," /><title>Plain HTML</title></head><body><main>${words}</main></body></html>`,
  );

  rmSync(FLOOR_SOURCE, { recursive: true, force: true });
  mkdirSync(FLOOR_SOURCE, { recursive: true });
  writeFileSync(
    join(FLOOR_SOURCE, 'index.html'),
    `<!doctype html><html lang="en"><head>${head}<link rel="icon" href="data:," /><title>Bare React</title></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>`,
  );
  writeFileSync(
    join(FLOOR_SOURCE, 'main.jsx'),
    `import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\nconst App = () => <main>${words}</main>;\ncreateRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);\n`,
  );
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: FLOOR_SOURCE,
    base: `/${FLOOR_DIR}/react/`,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(process.cwd(), OUT_DIR, FLOOR_DIR, 'react'), emptyOutDir: true },
  });
}

/**
 * The JavaScript a first visit in `locale` fetches, gzipped as the budget counts it, with the
 * inline scripts: the start page drawn in that language, its words' chunk included.
 */
async function firstVisitJs(base, locale, inline) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
  try {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.body());
    });
    await page.goto(base);
    // The start page is the reader's once the app has drawn it in their language with its words.
    await page.waitForFunction(
      (language) => document.documentElement.lang === language && document.querySelector('[data-translation-status]'),
      locale.split('-')[0],
    );
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    return inline + bodies.reduce((sum, body) => sum + gzipKb(body), 0);
  } finally {
    await browser.close();
  }
}

/**
 * Checks as Backcheck keeps them: one a day up to yesterday, in bouts of 20 days of pain that
 * eases, each result worked out by today's rules (as the app itself checks them when it reads
 * them back), so none is left out.
 */
async function keptChecks(count) {
  const { module: rules } = await runnerImport('/src/triage/index.ts');
  const { module: dates } = await runnerImport('/src/dates/dates.ts');
  const yesterday = dates.addDays(dates.localDate(new Date()), -1);
  return Array.from({ length: count }, (_, index) => {
    const date = dates.addDays(yesterday, index - (count - 1));
    const day = index % 20;
    const answers = {
      area: 'lower',
      side: 'one-side',
      activity: 'lifting',
      timing: 'during',
      suddenMoment: true,
      character: day < 3 ? 'sharp' : 'dull',
      severity: Math.max(0, 7 - Math.floor(day / 3)),
      radiation: 'none',
      rest: day < 5 ? 'partly' : 'eases',
      loadedArea: true,
      daysSince: day,
      trend: day === 0 ? 'same' : 'better',
      redFlags: [],
    };
    const result = rules.triage(answers);
    return {
      id: `${date}T09:00:00.000Z`,
      date,
      answers,
      unsure: [],
      level: result.level,
      ...(result.level === 'doctor' ? { urgency: result.urgency } : {}),
      rulesVersion: rules.RULES_VERSION,
    };
  });
}

/**
 * From navigation to a page showing, with the checks already in localStorage under the store's
 * key and envelope (src/state/saved.ts): the time its heading is drawn, as the page's own clock
 * reads it after the frame that shows it.
 */
async function timeWithKeptChecks(base) {
  const saved = JSON.stringify({ state: { choices: {}, coach: null, checks: await keptChecks(KEPT_CHECKS), recheck: null, team: [] }, version: 2 });
  const pages = [
    { name: '"Your checks"', hash: '#/checks', shown: { heading: 'Your checks' } },
    // The start page's heading is in the HTML, so it shows at once; the app takes the page over once the checks are read.
    { name: 'start page', hash: '', shown: { heading: 'Back pain after training?' } },
    { name: 'start page, checks read', hash: '', shown: { text: 'checks kept on this device' } },
  ];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
  const lines = [];
  try {
    for (const { name, hash, shown } of pages) {
      const runs = [];
      let said = '';
      for (let run = 0; run < LOAD_RUNS; run += 1) {
        const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
        await context.addInitScript(
          ({ value, shown: wanted }) => {
            localStorage.setItem('backcheck', value);
            const there = () =>
              wanted.heading !== undefined
                ? document.querySelector('h1')?.textContent === wanted.heading
                : (document.querySelector('main')?.textContent ?? '').includes(wanted.text);
            const observer = new MutationObserver(() => {
              if (!there()) return;
              observer.disconnect();
              // The frame that draws it, then the task after: the time it is on the screen.
              requestAnimationFrame(() => setTimeout(() => (window.__shownAt = performance.now())));
            });
            observer.observe(document, { childList: true, subtree: true, characterData: true });
          },
          { value: saved, shown },
        );
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await page.goto(`${base}${hash}`, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 180_000, polling: 250 });
        runs.push(await page.evaluate(() => window.__shownAt));
        said = (await page.locator('main').textContent()) ?? '';
        await context.close();
      }
      const kept = /You have (\d+) checks? kept/.exec(said)?.[1];
      const note =
        kept !== undefined && Number(kept) !== KEPT_CHECKS ? ` (only ${kept} of the ${KEPT_CHECKS} checks were kept: the seed no longer fits the rules)` : '';
      lines.push(`${name.padEnd(26)} ${(median(runs) / 1000).toFixed(2)} s${note}`);
    }
  } finally {
    await browser.close();
  }
  return lines;
}
