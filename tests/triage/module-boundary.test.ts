import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '../../src/triage');
const sources = readdirSync(folder).filter((name) => name.endsWith('.ts'));

describe('the rules module', () => {
  it.each(sources)('%s should import nothing outside src/triage but zod', (name) => {
    const source = readFileSync(join(folder, name), 'utf8');
    const imports = [...source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const specifier of imports) expect(specifier).toMatch(/^(\.\/[\w-]+|zod\/mini)$/);
  });

  it.each(sources)('%s should use no clock, randomness, storage or DOM', (name) => {
    const source = readFileSync(join(folder, name), 'utf8');
    expect(source).not.toMatch(
      /\b(Date\.now|new Date|Math\.random|performance\.|localStorage|sessionStorage|indexedDB|window\.|document\.|navigator\.|fetch\()/,
    );
  });
});
