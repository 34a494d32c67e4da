import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, FIREFOX, WEBKIT_DRIVER, XVFB, SYSTEM_PYTHON } from '../global-setup';
import { EnginePage, type EngineDriver, type EngineName } from './engine-page';

/*
 * The three engines, each from Debian, each behind the same EnginePage. A browser is opened once
 * per test file and a fresh page with a fresh profile per test, at a phone's size, in en-GB.
 */

export const VIEWPORT = { width: 390, height: 844 };
const LANGUAGE = 'en-GB';

export interface EngineBrowser {
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Script bodies run as functions, so `arguments` and `return` work the same in every engine. */
const asExpression = (body: string, args: unknown[]) => `(function(){${body}\n}).apply(null, ${JSON.stringify(args)})`;

async function openChromium(): Promise<EngineBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    async newPage() {
      const context = await browser.newContext({ locale: LANGUAGE, viewport: VIEWPORT });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      const driver: EngineDriver = {
        engine: 'chromium',
        navigate: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        run: (body, ...args) => page.evaluate(asExpression(body, args)),
        // A short wait: a target that is gone was redrawn, and the caller finds it again.
        clickSelector: (selector) => page.click(selector, { timeout: 2000 }),
        typeInto: (selector, text) => page.fill(selector, text),
        errors: async () => errors,
        close: () => context.close(),
      };
      return new EnginePage(driver);
    },
    close: () => browser.close(),
  };
}

async function openFirefox(): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Without overlay scrollbars a 12 px bar narrows a 390 px viewport to 378.
      'widget.gtk.overlay-scrollbars.enabled': true,
      'intl.accept_languages': LANGUAGE,
      // Printing from a test would otherwise wait on a dialog nobody can close.
      'print.always_print_silent': true,
    },
  });
  return {
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      const driver: EngineDriver = {
        engine: 'firefox',
        navigate: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        run: <T>(body: string, ...args: unknown[]) => page.evaluate(asExpression(body, args)) as Promise<T>,
        clickSelector: (selector) => page.click(selector),
        typeInto: (selector, text) => page.locator(selector).fill(text),
        errors: async () => errors,
        close: () => context.close(),
      };
      return new EnginePage(driver);
    },
    close: () => browser.close(),
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port.'))));
    });
  });

/** Starts Xvfb on a display it picks itself, and gives the display's name. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let said = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) resolve({ display: `:${said.trim()}`, process: xvfb });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (exit ${String(code)}) before it gave a display.`)));
  });
}

const HOST = fileURLToPath(new URL('./webkit-host.py', import.meta.url));

async function openWebKit(): Promise<EngineBrowser> {
  // WebKitGTK draws into a window even under automation, so it needs a display.
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: xvfb.display, LANG: 'C.UTF-8', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The host browser writes the page's console here: every line since a page opened is its own.
  let output = '';
  driverProcess.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  driverProcess.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value.error ?? response.status} ${value.message ?? ''}`);
    return value;
  };

  // The driver answers /status once it listens; wait for that, not for a fixed time.
  const ready = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await call<{ ready: boolean }>('GET', '/status')).ready) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > ready) throw new Error(`WebKitWebDriver did not start on port ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    async newPage() {
      const session = await call<{ sessionId: string }>('POST', '/session', {
        capabilities: {
          alwaysMatch: { 'webkitgtk:browserOptions': { binary: SYSTEM_PYTHON, args: [HOST, String(VIEWPORT.width), String(VIEWPORT.height), LANGUAGE] } },
        },
      });
      const at = `/session/${session.sessionId}`;
      const since = output.length;
      const element = async (selector: string) => {
        const found = await call<Record<string, string>>('POST', `${at}/element`, { using: 'css selector', value: selector });
        return Object.values(found)[0] ?? '';
      };
      const driver: EngineDriver = {
        engine: 'webkit',
        navigate: (url) => call('POST', `${at}/url`, { url }),
        reload: () => call('POST', `${at}/refresh`, {}),
        run: (body, ...args) => call('POST', `${at}/execute/sync`, { script: body, args }),
        clickSelector: async (selector) => void (await call('POST', `${at}/element/${await element(selector)}/click`, {})),
        typeInto: async (selector, text) => {
          const id = await element(selector);
          await call('POST', `${at}/element/${id}/clear`, {});
          await call('POST', `${at}/element/${id}/value`, { text });
        },
        // WebKit writes "CONSOLE JS ERROR …", "CONSOLE SECURITY ERROR …" and the like.
        errors: async () =>
          output
            .slice(since)
            .split('\n')
            .filter((line) => /CONSOLE \w* ?ERROR/.test(line)),
        close: async () => {
          await call('DELETE', at).catch(() => undefined);
        },
      };
      return new EnginePage(driver);
    },
    async close() {
      driverProcess.kill();
      xvfb.process.kill();
    },
  };
}

export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

export function openEngine(engine: EngineName): Promise<EngineBrowser> {
  switch (engine) {
    case 'chromium':
      return openChromium();
    case 'firefox':
      return openFirefox();
    case 'webkit':
      return openWebKit();
  }
}
