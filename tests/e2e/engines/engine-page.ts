import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/*
 * One way to drive a page in every engine. The paths are written once against EnginePage; each
 * engine has an adapter that gives it the few primitives below, in that engine's own protocol
 * (Playwright for Chromium, WebDriver BiDi through Puppeteer for Firefox, W3C WebDriver for
 * WebKitGTK). Elements are found as a person finds them, by role and name or by label, with
 * Testing Library's own queries run inside the page, then acted on by the engine itself.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** What an adapter gives: navigation, script, and a real click or typing on a CSS selector. */
export interface EngineDriver {
  readonly engine: EngineName;
  navigate(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a script body (it may `return`) in the page, with `args` as its arguments. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  clickSelector(selector: string): Promise<void>;
  typeInto(selector: string, text: string): Promise<void>;
  /** Console errors and uncaught exceptions since the page was opened. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

const testingLibrary = readFileSync(createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8');

/** Long enough for a page's chunk to load on a busy 2-core machine; every wait ends as soon as its thing is there. */
const WAIT_MS = 20_000;

type Role = 'button' | 'link';

/**
 * Finds exactly one element by role and name, or by label, with Testing Library inside the page,
 * and marks it so the engine can act on it by selector. False until there is exactly one.
 */
const MARK = `
  var q = arguments[0], lib = window.TestingLibraryDom;
  var old = document.querySelectorAll('[data-engine-target]');
  for (var i = 0; i < old.length; i++) old[i].removeAttribute('data-engine-target');
  var found = q.label !== undefined ? lib.queryAllByLabelText(document.body, q.label, { exact: true }) : lib.queryAllByRole(document.body, q.role, { name: q.name });
  if (found.length !== 1) return false;
  found[0].setAttribute('data-engine-target', '');
  return true;`;

export class EnginePage {
  constructor(private readonly driver: EngineDriver) {}

  get engine() {
    return this.driver.engine;
  }

  /** Opens an address and waits for the app to take over from the start page drawn into the HTML. */
  async goto(url: string) {
    await this.driver.navigate(url);
    await this.appStarted();
  }

  async reload() {
    await this.driver.reload();
    await this.appStarted();
  }

  private appStarted() {
    return this.waitFor('return !document.querySelector("[data-prerendered]") && !!document.querySelector("main")', 'the app to start');
  }

  /** Runs a script body in the page and returns what it returns. */
  run<T>(body: string, ...args: unknown[]) {
    return this.driver.run<T>(body, ...args);
  }

  errors() {
    return this.driver.errors();
  }

  close() {
    return this.driver.close();
  }

  /** Waits for a script body to return something truthy, and returns it. */
  waitFor<T>(body: string, what: string, ...args: unknown[]): Promise<T> {
    return this.until(() => this.driver.run<T>(body, ...args), what);
  }

  private async until<T>(attempt: () => Promise<T>, what: string): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    let last: unknown;
    for (;;) {
      try {
        last = await attempt();
        if (last) return last as T;
      } catch (error) {
        // A navigation can pull the page away mid-script; the next try sees the new one.
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`Waited ${WAIT_MS / 1000} s in ${this.engine} for ${what}; last saw ${String(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private mark(query: { role?: Role; name?: string; label?: string }, what: string) {
    return this.until(async () => {
      // Each new document needs Testing Library put in again.
      if (!(await this.driver.run<boolean>('return !!window.TestingLibraryDom'))) await this.driver.run(`${testingLibrary}\n;return true;`);
      return this.driver.run<boolean>(MARK, query);
    }, what);
  }

  /** Clicks the button or link with this accessible name, as a person would. */
  async click(role: 'button' | 'link', name: string) {
    const what = `a ${role} named "${name}"`;
    await this.until(async () => {
      await this.mark({ role, name }, what);
      // The page can redraw between finding and clicking; then find it again.
      await this.driver.clickSelector('[data-engine-target]');
      return true;
    }, what);
  }

  /** Ticks a checkbox or chooses a radio by its label. */
  async choose(label: string) {
    const what = `a choice labelled "${label}"`;
    await this.until(async () => {
      await this.mark({ label }, what);
      // The page can redraw between finding and clicking; then find it again, and click only if still unticked.
      if (!(await this.driver.run<boolean>('return document.querySelector("[data-engine-target]").checked')))
        await this.driver.clickSelector('[data-engine-target]');
      return true;
    }, what);
  }

  /** Types into the box with this label, replacing what is there. */
  async fill(label: string, text: string) {
    await this.mark({ label }, `a box labelled "${label}"`);
    await this.driver.typeInto('[data-engine-target]', text);
  }

  /** Waits for the page's main heading to read `name`, and returns its element's text. */
  async heading(name: string) {
    return this.waitFor<string>(
      'var h = document.querySelector("main h1"); return h && h.textContent === arguments[0] ? h.textContent : false;',
      `the heading "${name}"`,
      name,
    );
  }

  /** The text of the first element matching a selector, once there is one. */
  async text(selector: string) {
    return this.waitFor<string>('var e = document.querySelector(arguments[0]); return e ? e.textContent : false;', `an element ${selector}`, selector);
  }

  /** An attribute of the first element matching a selector, once there is one (null where it lacks it). */
  async attribute(selector: string, name: string) {
    const read = await this.waitFor<{ value: string | null }>(
      'var e = document.querySelector(arguments[0]); return e ? { value: e.getAttribute(arguments[1]) } : false;',
      `an element ${selector}`,
      selector,
      name,
    );
    return read.value;
  }

  /** Waits until some visible text on the page contains `text`. */
  async seeText(text: string) {
    await this.waitFor('return document.body.innerText.indexOf(arguments[0]) !== -1', `the text "${text}"`, text);
  }

  /** The address's fragment, once it has changed from `before`. */
  async hashAfter(before: string) {
    return this.waitFor<string>('return location.hash !== arguments[0] && location.hash', `the address to change from ${before}`, before);
  }

  hash() {
    return this.driver.run<string>('return location.hash');
  }
}
