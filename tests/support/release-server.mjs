// A tiny static server for update.spec.ts: it serves the built app (web/dist) from
// /kintsugi/ like `vite preview`, and can "publish a new release" on demand: after
// POST /__e2e/release, sw.js is served with an extra comment line, so the browser sees a
// byte-different service worker script. Nothing else changes.
// Usage: node support/release-server.mjs <dist dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const [distArg, portArg] = process.argv.slice(2);
const dist = path.resolve(distArg ?? '../web/dist');
const port = Number(portArg ?? 4175);
const base = '/kintsugi/';
let release = 0;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const rel = decodeURIComponent(urlPath.slice(base.length)) || 'index.html';
  const file = path.resolve(dist, rel);
  if (!file.startsWith(dist + path.sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/__e2e/release') {
    release += 1;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(String(release));
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(url.pathname === '/kintsugi' ? 301 : 404, { location: base }).end();
    return;
  }
  let file = await fileFor(url.pathname);
  if (!file && (req.headers.accept ?? '').includes('text/html')) file = path.join(dist, 'index.html');
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  let body = await readFile(file);
  if (path.basename(file) === 'sw.js' && release > 0) {
    body = Buffer.concat([body, Buffer.from(`\n// e2e release ${release}\n`)]);
  }
  res
    .writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    })
    .end(body);
}).listen(port, '127.0.0.1', () => console.log(`release server on http://127.0.0.1:${port}${base}`));
