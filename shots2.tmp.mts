import { chromium } from 'playwright-core';
const [width, hash, prefix, ...offsets] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: Number(width), height: 1100 } });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4173/' + hash);
await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
console.log('scrollWidth', await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.documentElement.scrollHeight]));
for (const [i, y] of offsets.entries()) { await p.evaluate((y) => window.scrollTo(0, y), Number(y)); await p.screenshot({ path: `/tmp/${prefix}${i}.png` }); }
await b.close();
