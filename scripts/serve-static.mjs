// A plain static server for dist/, mounted under a sub-path (default /lab/) to prove the build
// works from any sub-path of any static host. Usage: node scripts/serve-static.mjs [port] [subpath]
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', process.argv[4] ?? 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4317);
const prefix = `/${(process.argv[3] ?? 'lab').replace(/^\/|\/$/g, '')}/`;
const serve = sirv(root, { dev: false, etag: true, gzip: false });

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
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}${prefix}`));
