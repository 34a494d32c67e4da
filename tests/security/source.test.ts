import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ts|tsx)$/.test(name));

describe('the app source', () => {
  it('should have files to check', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(sources)('%s should set no raw HTML and evaluate no strings as code', (name) => {
    const source = readFileSync(join(SRC, name), 'utf8');
    expect(source).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(source).not.toMatch(/\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/);
  });

  it.each(sources)('%s should make no request of its own', (name) => {
    const source = readFileSync(join(SRC, name), 'utf8');
    expect(source).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource/);
  });
});
