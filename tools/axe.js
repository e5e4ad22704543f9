// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on every .html file under a folder, in headless Chromium.
// Usage (from a folder where `npm install axe-core puppeteer-core` was run): node axe.js SITE_DIR
const fs = require('fs'), path = require('path');
const puppeteer = require('puppeteer-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
function walk(d) { return fs.readdirSync(d, { withFileTypes: true }).flatMap(e => e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') ? [path.join(d, e.name)] : []); }
(async () => {
  const dir = path.resolve(process.argv[2]);
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  let failures = 0, pages = 0;
  for (const file of walk(dir).sort()) {
    const page = await browser.newPage();
    await page.goto('file://' + file);
    await page.addScriptTag({ content: axeSource });
    const r = await page.evaluate(async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
    pages++;
    const rel = path.relative(dir, file);
    if (r.violations.length) {
      failures += r.violations.length;
      for (const v of r.violations) console.log(`${rel}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0,3).map(n => n.target.join(' ')).join(', ')}`);
    } else console.log(`${rel}: ok (${r.passes.length} rules passed, ${r.incomplete.length} need review)`);
    await page.close();
  }
  await browser.close();
  console.log(`${pages} pages, ${failures} violations`);
  process.exit(failures ? 1 : 0);
})();
