#!/usr/bin/env node
// A small static server for the built site, used by the Playwright tests and the benchmark.
// Usage: node scripts/serve.mjs <dir> <port> [basePath] [--gzip]
// It serves <dir> under basePath (default "/"), maps folders to index.html, and answers
// unknown paths with the site's own 404.html and status 404, as a static host would.
// Port 0 takes a free port from the system; the line printed once listening names the port
// ("Serving <dir> at http://127.0.0.1:<port><base>"), which the Playwright config reads.
// A port already in use is an error, never shared.
// --gzip compresses text responses for clients that accept gzip, as GitHub Pages and the nginx
// configuration in deploy/ do; the benchmarks use it so that a page is timed as readers get it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = process.argv.includes('--gzip');
const [dirArg = 'dist', portArg = '4321', baseArg = '/'] = process.argv.slice(2).filter((a) => a !== '--gzip');
const root = resolve(dirArg);
const port = Number(portArg);
const base = baseArg.endsWith('/') ? baseArg : `${baseArg}/`;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(pathname) {
  const inside = normalize(join(root, pathname));
  if (!inside.startsWith(root)) return undefined;
  try {
    const info = await stat(inside);
    if (info.isDirectory()) {
      const index = join(inside, 'index.html');
      await stat(index);
      return index;
    }
    return inside;
  } catch {
    return undefined;
  }
}

/** Compressed bodies by file, made once per file. */
const compressed = new Map();

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/__invalid__';
  }
  let file;
  if (pathname.startsWith(base)) {
    const rest = pathname.slice(base.length);
    // A folder asked for without its trailing slash is redirected, as static hosts do.
    const candidate = await fileFor(rest);
    if (candidate && !pathname.endsWith('/') && candidate.endsWith('index.html') && !rest.endsWith('index.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    file = candidate;
  }
  if (!file) {
    const notFound = join(root, '404.html');
    const body = await readFile(notFound).catch(() => Buffer.from('Not found'));
    res.writeHead(404, { 'content-type': types['.html'] });
    res.end(body);
    return;
  }
  const body = await readFile(file);
  const type = types[extname(file)] ?? 'application/octet-stream';
  if (gzip && /^(text\/|application\/(json|xml|atom|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const packed = compressed.get(file) ?? gzipSync(body, { level: 9 });
    compressed.set(file, packed);
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    res.end(req.method === 'HEAD' ? undefined : packed);
    return;
  }
  res.writeHead(200, { 'content-type': type });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} on 127.0.0.1 is already in use.` : error.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://127.0.0.1:${actual}${base}`);
});
