import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// Lints small trees laid out like src/ with the project's own linter config, so a change to the
// config that stops a layer rule from biting fails here, not in the next review.
const root = join(import.meta.dirname, '../..');
const oxlint = join(root, 'node_modules/.bin/oxlint');

type Diagnostic = { code: string; filename: string; help?: string };
let trees: string[] = [];

function lint(files: Record<string, string>): Diagnostic[] {
  const tree = mkdtempSync(join(tmpdir(), 'backcheck-lint-'));
  trees.push(tree);
  copyFileSync(join(root, '.oxlintrc.json'), join(tree, '.oxlintrc.json'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), source);
  }
  const run = spawnSync(oxlint, ['-c', '.oxlintrc.json', '--format', 'json', 'src'], { cwd: tree, encoding: 'utf8' });
  if (run.error) throw run.error;
  return (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}

afterEach(() => {
  for (const tree of trees) rmSync(tree, { recursive: true, force: true });
  trees = [];
});

const stub = 'export const value = 1;\n';

const forbidden: { what: string; file: string; source: string; code: string }[] = [
  {
    what: 'the domain importing the saved state',
    file: 'src/guidance/probe.ts',
    source: "import { value } from '../state/store';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'the domain importing React',
    file: 'src/checks/probe.ts',
    source: "import { useState } from 'react';\nexport const x = useState;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'the domain reading storage',
    file: 'src/share-link/probe.ts',
    source: "export const x = localStorage.getItem('backcheck');\n",
    code: 'eslint(no-restricted-globals)',
  },
  {
    what: 'the rules module importing the questions',
    file: 'src/triage/probe.ts',
    source: "import { value } from '../questions/questions';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'the saved state importing navigation',
    file: 'src/state/probe.ts',
    source: "import { value } from '../navigation/navigate';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'navigation importing a component',
    file: 'src/navigation/probe.ts',
    source: "import { value } from '../components/confirm';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'a generic component importing a feature',
    file: 'src/components/probe.ts',
    source: "import { value } from '../features/result/result-view';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'a feature importing the shell',
    file: 'src/features/coach/probe.ts',
    source: "import { value } from '../../app/router';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'a page importing another page',
    file: 'src/features/result/result-page.tsx',
    source: "import { value } from '../check-ins/checks-page';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
  {
    what: 'the shell importing the entry file',
    file: 'src/app/probe.ts',
    source: "import { value } from '../main';\nexport const x = value;\n",
    code: 'eslint(no-restricted-imports)',
  },
];

describe('the layer rules', () => {
  it.each(forbidden)('should fail $what', ({ file, source, code }) => {
    const diagnostics = lint({ [file]: source });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code, filename: file, help: expect.stringMatching(/\w/) }));
  });

  it('should fail an import cycle', () => {
    const diagnostics = lint({
      'src/state/store.ts': "import { saved } from './saved-data';\nexport const store = () => saved;\n",
      'src/state/saved-data.ts': "import { store } from './store';\nexport const saved = () => store;\n",
    });
    expect(diagnostics.filter((d) => d.code === 'import(no-cycle)').map((d) => d.filename)).toEqual(
      expect.arrayContaining(['src/state/store.ts', 'src/state/saved-data.ts']),
    );
  });

  it('should fail a hook called conditionally', () => {
    const diagnostics = lint({
      'src/components/probe.tsx':
        "import { useState } from 'react';\nexport function Probe({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
    });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'react-hooks(rules-of-hooks)' }));
  });

  it('should pass imports that run down a layer or across to a feature it builds on', () => {
    const diagnostics = lint({
      'src/app/app.tsx':
        "import { ResultPage } from '../features/result/result-page';\nimport { value } from '../state/store';\nexport const x = [ResultPage, value];\n",
      'src/features/result/result-page.tsx':
        "import { ladder } from '../check-ins/ladder-step';\nimport { Confirm } from '../../components/confirm';\nimport { navigate } from '../../navigation/navigate';\nexport const ResultPage = [ladder, Confirm, navigate];\n",
      'src/features/check-ins/ladder-step.tsx': "import { value } from '../../checks/ladder';\nexport const ladder = value;\n",
      'src/components/confirm.tsx': 'export const Confirm = 1;\n',
      'src/navigation/navigate.ts': "import { value } from '../state/store';\nexport const navigate = value;\n",
      'src/state/store.ts': "import { value } from '../checks/ladder';\nexport { value };\n",
      'src/checks/ladder.ts': "import { value } from '../triage/rules';\nexport { value };\n",
      'src/triage/rules.ts': stub,
    });
    expect(diagnostics).toEqual([]);
  });
});
