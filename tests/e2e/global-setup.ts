import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium: a test tool's own browser download cannot work on these machines. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
  }
  console.log('Installing Chromium (Debian package chromium) for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM)) throw new Error(`Installing chromium did not give ${CHROMIUM}.`);
}

const servers: PreviewServer[] = [];

/** Builds the app in production mode into outDir, served from base. */
async function buildAndServe(outDir: string, base: string) {
  // Vitest sets NODE_ENV=test, which would give a development build: the tests must see what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ base, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not say where it is listening.');
  return url;
}

/** Builds the app as it ships and serves the build, so the browser tests see what users get. */
export async function setup(project: TestProject) {
  ensureChromium();
  project.provide('baseUrl', await buildAndServe('reports/e2e-build', '/'));
  project.provide('subfolderUrl', await buildAndServe('reports/e2e-build-subfolder', '/backcheck/'));
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
