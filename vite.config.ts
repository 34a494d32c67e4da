import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderStartPage } from './scripts/vite-plugin-prerender.ts';
import SlowestFirst from './tests/slowest-first.ts';
import { manifest } from './src/i18n/en/manifest.ts';

/** The modules the start page is drawn from; everything else loads when a page needs it. */
const FIRST_VISIT =
  /rolldown[\\/]runtime|node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]|src[\\/](main|app[\\/](app|layout|router|new-version)|features[\\/](start[\\/](start-page|activity-words)|emergency-call[\\/](emergency-country|use-emergency-number))|components[\\/](not-found|page-error|use-title)|navigation[\\/](navigate|fragments)|state[\\/](store|saved|country-choice|clock|new-version)|emergency-number[\\/]emergency-number|share-link[\\/](coach-link|coach-link-reader|fragment-query)|questions[\\/]first-page-id)\.tsx?$/;

export default defineConfig({
  // Serve from a sub-folder with BASE_PATH=/backcheck/ npm run build; every link in the app is relative to it.
  base: process.env.BASE_PATH ?? '/',
  // The manifest tells the budget script which chunks a first visit loads.
  build: {
    manifest: true,
    // The start page is drawn in the HTML and its script is added after the first paint; a
    // modulepreload of that script in the head would fetch it first, ahead of the paint on a slow
    // phone's network. Pages loaded later still preload what they import.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps) },
    rolldownOptions: {
      output: {
        // What the start page needs, in one chunk. Left to itself the bundler splits these into
        // several small chunks once a lazily loaded module shared by two pages uses the store,
        // and small chunks compress worse: about 2 kB more on a first visit.
        codeSplitting: { groups: [{ name: 'start', test: FIRST_VISIT }] },
      },
    },
  },
  plugins: [
    react(),
    prerenderStartPage(),
    VitePWA({
      // Registered from main.tsx: a separate registration script would be one more request on first load.
      injectRegister: false,
      // A new release waits, fully cached, until the person chooses it (src/state/new-version.ts).
      registerType: 'prompt',
      includeAssets: ['icon.svg', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: manifest.name,
        short_name: 'Backcheck',
        description: manifest.description,
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#005ea5',
        lang: 'en-GB',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is kept offline at once; a later release still waits to be chosen.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // One file per core: a browser test keeps about one and a half cores busy between its browser and
    // the test (measured here), so more files at once than cores only slows each one down (on this
    // 2-core machine, four at once took 560 to 620 s, two 510 s, for the same tests).
    maxWorkers: availableParallelism(),
    restoreMocks: true,
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        extends: true,
        test: {
          // Rules, links, catalogs and the like, with no page to draw: a DOM for each of these files
          // would cost more than their tests.
          name: 'logic',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          // The saved state's tests read and write the browser's storage.
          exclude: ['tests/e2e/**', 'tests/state/**'],
          setupFiles: ['tests/setup-time-zone.ts'],
          // One module graph per worker, not one per file: these modules keep no state between calls,
          // and each file would otherwise import them afresh.
          isolate: false,
          // A property test runs hundreds of generated cases; on a busy 2-core machine that took over
          // the 5 s default with nothing wrong, so the limit only catches a hang.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'pages',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', 'tests/state/*.test.ts'],
          setupFiles: ['tests/setup-time-zone.ts', 'tests/setup.ts'],
          // A test that walks the whole questionnaire waits for each page; on a busy 2-core machine
          // that took over the 5 s default with nothing wrong, so the limit only catches a hang.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A path walks a dozen pages, each waited for by what it shows; on a busy 2-core
          // machine a whole walk can take tens of seconds, so a test gets a minute.
          testTimeout: 60_000,
          // The set-up may install Debian's browsers with apt-get and builds the app twice.
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
