import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

/*
 * After the build: the start page rendered into index.html, the stylesheet inlined, and a
 * Content-Security-Policy that allows exactly that inline style and one inline script by
 * their hashes. The first screen then paints from the HTML alone, before any request.
 */

/**
 * A shared result link serves the same index.html: this hides the pre-rendered start page
 * until the app draws the page the link is for, so the wrong page never flashes.
 */
const DEEP_LINK_GUARD = `if(/^#\\/[^?]/.test(location.hash))document.documentElement.classList.add('deep-link')`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function contentSecurityPolicy({ scriptHashes, styleHashes }: { scriptHashes: string[]; styleHashes: string[] }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

async function renderStartPage(root: string): Promise<string> {
  // A throwaway server only to load the app's modules in Node; the build's own config is not reused.
  const server = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [react()], server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
  try {
    const module = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderStartPage: () => string };
    return module.renderStartPage();
  } finally {
    await server.close();
  }
}

export function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'backcheck:prerender-start-page',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker is generated, so its precache holds the finished index.html.
    closeBundle: { sequential: true, order: 'pre', handler: writeStartPage },
  };

  async function writeStartPage() {
      if (config.build.ssr) return;
      const outDir = join(config.root, config.build.outDir);
      const htmlPath = join(outDir, 'index.html');
      let html = await readFile(htmlPath, 'utf8');

      const styleHashes: string[] = [];
      for (const match of html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)) {
        const href = match[1] ?? '';
        const css = (await readFile(join(outDir, href.slice(config.base.length)), 'utf8')).trim();
        styleHashes.push(sha256(css));
        html = html.replace(match[0], () => `<style>${css}</style>`);
      }

      const startPage = await renderStartPage(config.root);
      html = html.replace('<div id="root"></div>', () => `<div id="root"><div data-prerendered>${startPage}</div></div>`);

      const policy = contentSecurityPolicy({ scriptHashes: [sha256(DEEP_LINK_GUARD)], styleHashes });
      html = html.replace(
        '<meta charset="UTF-8" />',
        () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${DEEP_LINK_GUARD}</script>`,
      );
      await writeFile(htmlPath, html);
      await writeFile(join(outDir, '_headers'), headersFile(policy));
  }
}

/**
 * The same policy as HTTP headers, for hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages); headers can also forbid framing, which a meta tag cannot.
 */
function headersFile(policy: string) {
  return `/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n`;
}
