// A static server for dist/, mounted under a sub-path (default /lab/) to prove the build works from
// any sub-path of any static host. It sends the two headers that make the page cross-origin
// isolated (threaded WASM), as `npm start` does; ISOLATION=off serves as a plain host that sets no
// headers, where the lab's service worker adds them from the second load on.
// Usage: [ISOLATION=off] node scripts/serve-static.mjs [port] [subpath] [folder]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', process.argv[4] ?? 'dist');
// One list of the headers for every server and the service worker.
const isolationHeaders = JSON.parse(readFileSync(join(here, '..', 'src/offline/isolation-headers.json'), 'utf8'));
const port = Number(process.argv[2] ?? process.env.PORT ?? 4317);
const prefix = `/${(process.argv[3] ?? 'lab').replace(/^\/|\/$/g, '')}/`;
const isolate = process.env.ISOLATION !== 'off';
const serve = sirv(root, {
  dev: false,
  etag: true,
  gzip: false,
  setHeaders: (res) => {
    if (isolate) for (const [name, value] of Object.entries(isolationHeaders)) res.setHeader(name, value);
  },
});

createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(prefix)) {
    res.writeHead(url === '/' || url === prefix.slice(0, -1) ? 302 : 404, { Location: prefix });
    res.end();
    return;
  }
  req.url = url.slice(prefix.length - 1);
  serve(req, res, () => {
    res.writeHead(404);
    res.end('not found');
  });
}).listen(port, '127.0.0.1', () =>
  console.log(`serving dist/ at http://127.0.0.1:${port}${prefix}${isolate ? ' (cross-origin isolated)' : ''}`),
);
