import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';
/** Debian's own Python, which has the GTK and WebKitGTK bindings the WebKit host needs. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
/** Poppler's tools, to read back what Chromium printed to PDF. */
export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFINFO = '/usr/bin/pdfinfo';

const canImportWebKit = () => {
  try {
    execFileSync(
      SYSTEM_PYTHON,
      ['-c', "import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1'); from gi.repository import Gtk, WebKit2"],
      { stdio: 'ignore' },
    );
    return true;
  } catch {
    return false;
  }
};

/** What the browser tests need, each from Debian: a test tool's own browser download cannot work on these machines. */
const NEEDS: { what: string; packages: string[]; present: () => boolean }[] = [
  { what: `Chromium at ${CHROMIUM}`, packages: ['chromium'], present: () => existsSync(CHROMIUM) },
  { what: `Firefox ESR at ${FIREFOX}`, packages: ['firefox-esr'], present: () => existsSync(FIREFOX) },
  { what: `WebKitWebDriver at ${WEBKIT_DRIVER}`, packages: ['webkit2gtk-driver'], present: () => existsSync(WEBKIT_DRIVER) },
  { what: `Xvfb at ${XVFB}, the display WebKitGTK draws into`, packages: ['xvfb', 'xauth'], present: () => existsSync(XVFB) },
  {
    what: `pdftotext and pdfinfo at ${PDFTOTEXT}, to read printed results`,
    packages: ['poppler-utils'],
    present: () => existsSync(PDFTOTEXT) && existsSync(PDFINFO),
  },
  {
    what: 'WebKitGTK for Python, for the small WebKit browser the tests drive',
    packages: ['python3-gi', 'gir1.2-gtk-3.0', 'gir1.2-webkit2-4.1'],
    present: canImportWebKit,
  },
];

/** Installs what is missing with apt-get when run as root; otherwise stops with the exact command. */
function ensureBrowsers() {
  const missing = NEEDS.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((need) => need.packages);
  const command = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`The browser tests need ${missing.map((need) => need.what).join('; ')}. Install them with:\n  ${command}`);
  }
  console.log(`Installing for the browser tests (Debian packages): ${packages.join(' ')}…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missing.filter((need) => !need.present());
  if (still.length > 0) throw new Error(`Installing ${packages.join(' ')} did not give ${still.map((need) => need.what).join('; ')}. Try:\n  ${command}`);
}

const servers: PreviewServer[] = [];

/** Builds the app in production mode into outDir, served from base. */
async function buildAndServe(outDir: string, base: string) {
  await build({ mode: 'production', base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ base, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not say where it is listening.');
  return url;
}

/** Builds the app as it ships and serves the build, so the browser tests see what users get. */
export async function setup(project: TestProject) {
  ensureBrowsers();
  // Each screen is checked by axe once a run (browser.ts): a new run checks them all again.
  rmSync('reports/axe-checked', { recursive: true, force: true });
  // Vitest sets NODE_ENV=test, which would give a development build: the tests must see what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // Both at once: the two builds wait on different things, and the suite has a time to keep.
    const [root, subfolder] = await Promise.all([buildAndServe('reports/e2e-build', '/'), buildAndServe('reports/e2e-build-subfolder', '/backcheck/')]);
    project.provide('baseUrl', root);
    project.provide('subfolderUrl', subfolder);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export async function teardown() {
  await Promise.all(servers.map((server) => server.close()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subfolderUrl: string;
  }
}
