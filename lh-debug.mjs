import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
process.env.NODE_ENV = 'production';
await build({ mode: 'production', logLevel: 'silent', build: { outDir: 'reports/lh-debug' } });
const server = await preview({ logLevel: 'warn', build: { outDir: 'reports/lh-debug' }, preview: { port: 0, host: '127.0.0.1' } });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (let i = 0; i < 3; i++) {
  const { lhr } = await lighthouse(server.resolvedUrls.local[0], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  console.log('FCP', Math.round(lhr.audits['first-contentful-paint'].numericValue), 'LCP', Math.round(lhr.audits['largest-contentful-paint'].numericValue));
}
chrome.kill(); await server.close();
