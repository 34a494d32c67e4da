import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, minifySync, type Plugin, type ResolvedConfig } from 'vite';

/*
 * After the build: the start page rendered into index.html, the stylesheet inlined, and a
 * Content-Security-Policy that allows exactly that inline style and two inline scripts (the
 * loader, and the start page's fitting to a coach's link and region) by their hashes. The
 * first screen then paints from the HTML alone, before any request.
 */

/** The first part of a route (`#/result?…` → `result`) and the page module that draws it. */
const ROUTE_MODULES: Record<string, string> = {
  q: 'src/features/questionnaire/question-page.tsx',
  check: 'src/features/questionnaire/check-answers-page.tsx',
  emergency: 'src/features/questionnaire/emergency-page.tsx',
  result: 'src/features/result/result-page.tsx',
  coach: 'src/features/coach/coach-page.tsx',
};

/**
 * Run before first paint. A link to any page but the start serves the same index.html: the
 * script hides the pre-rendered start page so the wrong page never flashes, and starts loading
 * the page the link is for. Then, once the HTML has painted, it loads the app, so the first
 * screen never waits for script: a tap on it before the app arrives changes the address, which
 * the app reads when it starts.
 */
const loader = (entry: string, preloads: Record<string, string[]>) =>
  `(function(e,p){var m=/^#\\/([a-z]+)/.exec(location.hash);function add(r,u){var l=document.createElement(r==='script'?'script':'link');if(r==='script'){l.type='module';l.src=u}else{l.rel=r;l.href=u}document.head.appendChild(l)}` +
  `var g=0;function go(){if(!g){g=1;add('script',e)}}` +
  // A link to another page has nothing to paint before the app: the app's script goes first, then the page's own.
  `if(m){document.documentElement.classList.add('deep-link');go();(p[m[1]]||[]).forEach(function(u){add('modulepreload',u)})}` +
  // Once the first paint is on the screen, as the browser reports it; where it cannot say, the
  // frame after the first (a frame's callbacks run before it is painted). A tab opened in the
  // background never paints, so a timer stands in there.
  `var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes||[];if(t.indexOf('paint')>=0){new P(function(l,o){o.disconnect();setTimeout(go,0)}).observe({type:'paint',buffered:true})}else{requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go,0)})})}setTimeout(go,500)})(${JSON.stringify(entry)},${JSON.stringify(preloads)})`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function contentSecurityPolicy({ scriptHashes, styleHashes }: { scriptHashes: string[]; styleHashes: string[] }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The start page's HTML, and the inline script that fits it to the link and region before the first paint. */
async function renderStartPage(root: string): Promise<{ html: string; script: string; manifests: Record<string, object> }> {
  // A throwaway server only to load the app's modules in Node; the build's own config is not reused.
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    const module = (await server.ssrLoadModule('/src/prerender.tsx')) as {
      renderStartPage: () => string;
      startPageScript: () => string;
      translatedManifests: () => Promise<Record<string, object>>;
    };
    // Minified like the app's own code: it is part of what a first visit downloads.
    const script = minifySync('start-page-script.js', module.startPageScript(), {});
    if (script.errors.length > 0) throw new Error(`The start page's script did not minify: ${script.errors.map((e) => e.message).join('; ')}`);
    return { html: module.renderStartPage(), script: script.code.trim().replace(/;$/, ''), manifests: await module.translatedManifests() };
  } finally {
    await server.close();
  }
}

export function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  const preloads: Record<string, string[]> = {};
  return {
    name: 'backcheck:prerender-start-page',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      // A page's chunk and every chunk it imports, less what the entry already brings.
      const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(fileName) || fileName === entry?.fileName) return seen;
        seen.add(fileName);
        for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) closure(imported, seen);
        return seen;
      };
      for (const [route, module] of Object.entries(ROUTE_MODULES)) {
        const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));
        if (page) preloads[route] = [...closure(page.fileName)].map((fileName) => `${config.base}${fileName}`);
      }
    },
    // Before the service worker is generated, so its precache holds the finished index.html.
    closeBundle: { sequential: true, order: 'pre', handler: writeStartPage },
  };

  async function writeStartPage() {
    if (config.build.ssr) return;
    const outDir = resolve(config.root, config.build.outDir);
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
    html = html.replace(
      '<div id="root"></div>',
      () => `<div id="root"><div data-prerendered>${startPage.html}</div><script>${startPage.script}</script></div>`,
    );

    const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
    if (!entryTag?.[1]) throw new Error('index.html has no module script for the app.');
    html = html.replace(entryTag[0], '');
    const guard = loader(entryTag[1], preloads);
    const policy = contentSecurityPolicy({ scriptHashes: [sha256(guard), sha256(startPage.script)], styleHashes });
    html = html.replace(
      '<meta charset="UTF-8" />',
      () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${guard}</script>`,
    );
    await writeFile(htmlPath, html);
    await writeFile(join(outDir, '_headers'), headersFile(policy));

    // The web manifest in each language, for a browser that installs the app in it (src/app/layout.tsx points to it).
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.webmanifest'), 'utf8')) as object;
    for (const [language, words] of Object.entries(startPage.manifests))
      await writeFile(join(outDir, `manifest-${language}.webmanifest`), JSON.stringify({ ...manifest, ...words }));
  }
}

/**
 * The same policy as HTTP headers, for hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages); headers can also forbid framing, which a meta tag cannot.
 */
function headersFile(policy: string) {
  return `/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n`;
}
