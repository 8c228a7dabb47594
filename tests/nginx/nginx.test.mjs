// Serves the built site (dist/) through Debian's nginx with deploy/nginx.conf and checks what a
// browser receives: security headers, caching, precompressed gzip and brotli, the 404 page and
// the JSON 404 under /api/. Run with `npm run test:nginx` after `npm run build`.
//
// nginx runs as a child of this test with its own prefix in a temporary folder, on a free
// loopback port, and is stopped (by its pid) when the tests end. The build is copied there and
// precompressed with scripts/precompress.mjs, so dist/ itself is left as it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const dist = join(repo, 'dist');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const hasBrotli = existsSync(BROTLI_MODULE);

/** A free port on the loopback interface. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

let port = 0;
let prefix = '';
let nginx;

/** One request, without any decoding, so the bytes on the wire can be compared with the files. */
function get(path, headers = {}, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(5000, () => req.destroy(new Error(`timeout on ${path}`)));
    req.end();
  });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      await get('/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on port ${port}:\n${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
}

before(async () => {
  assert.ok(nginxBinary, 'nginx is not installed: apt-get install nginx-light libnginx-mod-http-brotli-static (.ci/run does)');
  assert.ok(existsSync(join(dist, 'index.html')), 'no build in dist/: run npm run build first');
  prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  // nginx's workers run as an unprivileged user, who must be able to read the site.
  chmodSync(prefix, 0o755);
  const root = join(prefix, 'site');
  cpSync(dist, root, { recursive: true });
  execFileSync(process.execPath, [join(repo, 'scripts/precompress.mjs'), root], { stdio: 'ignore' });
  port = await freePort();
  let site = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/k8s-atlas;/, `root ${root};`);
  if (!hasBrotli) site = site.replace(/^\s*brotli_static on;\n/m, '');
  assert.match(site, new RegExp(`listen 127\\.0\\.0\\.1:${port};`), 'deploy/nginx.conf no longer has "listen 80;"');
  assert.match(site, new RegExp(`root ${root};`), 'deploy/nginx.conf no longer has "root /srv/k8s-atlas;"');
  writeFileSync(join(prefix, 'site.conf'), site);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'tmp', d), { recursive: true });
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      hasBrotli ? `load_module ${BROTLI_MODULE};` : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${join(prefix, 'tmp', d)};`),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  execFileSync(nginxBinary, ['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(nginxBinary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitForServer();
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const firstAsset = () => {
  const dir = join(dist, '_astro');
  const name = existsSync(dir) ? readdirSync(dir).find((n) => n.endsWith('.js')) : undefined;
  return name && `/_astro/${name}`;
};

describe('deploy/nginx.conf', () => {
  test('pages carry the security headers', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /^text\/html; charset=utf-8$/);
    assert.match(res.headers['content-security-policy'], /frame-ancestors 'none'/);
    assert.doesNotMatch(res.headers['content-security-policy'], /script-src/, 'a header script-src would block the hashed inline scripts');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.match(res.headers['permissions-policy'], /camera=\(\)/);
    assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    assert.equal(res.headers.server, 'nginx', 'server_tokens off hides the version');
  });

  test('only hashed assets are cached for long', async () => {
    const asset = firstAsset();
    assert.ok(asset, 'the build has no /_astro/*.js file');
    const hashed = await get(asset);
    assert.equal(hashed.status, 200);
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(hashed.headers['x-content-type-options'], 'nosniff', 'assets keep the security headers');
    for (const path of ['/', '/components/calico/', '/og/index.png', '/api/v1/index.json', '/feeds/all.atom']) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
    }
  });

  test('the full-text index: its named pieces are cached for long, its script is precompressed', async () => {
    for (const bundle of ['pagefind', 'zh-cn/pagefind']) {
      const piece = readdirSync(join(dist, bundle, 'fragment'))[0];
      const meta = readdirSync(join(dist, bundle)).find((f) => f.endsWith('.pf_meta'));
      assert.ok(piece && meta, `${bundle} has fragments and a .pf_meta file`);
      for (const path of [`/${bundle}/fragment/${piece}`, `/${bundle}/${meta}`]) {
        const res = await get(path);
        assert.equal(res.status, 200, path);
        assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', path);
      }
      const script = await get(`/${bundle}/pagefind.js`, { 'Accept-Encoding': 'gzip' });
      assert.equal(script.headers['cache-control'], 'no-cache');
      assert.equal(script.headers['content-encoding'], 'gzip');
      assert.deepEqual(script.body, readFileSync(join(prefix, `site/${bundle}/pagefind.js.gz`)));
      // The entry file names the pieces, so it is always revalidated.
      const entry = await get(`/${bundle}/pagefind-entry.json`);
      assert.equal(entry.status, 200);
      assert.equal(entry.headers['cache-control'], 'no-cache');
    }
  });

  test('brotli and gzip are the files written at build time', async () => {
    const original = readFileSync(join(dist, 'components/calico/index.html'));
    const plain = await get('/components/calico/');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, original);
    assert.match(plain.headers.vary ?? '', /Accept-Encoding/);

    const gz = await get('/components/calico/', { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gz.body, readFileSync(join(prefix, 'site/components/calico/index.html.gz')));
    assert.ok(gz.body.length < original.length / 2);

    if (hasBrotli) {
      const br = await get('/components/calico/', { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.deepEqual(br.body, readFileSync(join(prefix, 'site/components/calico/index.html.br')));
      assert.ok(br.body.length < gz.body.length);
      const json = await get('/api/v1/components.json', { 'Accept-Encoding': 'br' });
      assert.equal(json.headers['content-encoding'], 'br');
      assert.match(json.headers['content-type'], /^application\/json/);
    } else {
      test.skip('libnginx-mod-http-brotli-static is not installed');
    }
  });

  test('an unknown page gets the 404 page', async () => {
    const res = await get('/no-such-page/');
    assert.equal(res.status, 404);
    assert.match(res.headers['content-type'], /^text\/html/);
    assert.deepEqual(res.body, readFileSync(join(dist, '404.html')));
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  test('an unknown address under /api/ gets a JSON 404', async () => {
    for (const path of ['/api/v1/no-such-resource.json', '/api/v2/', '/api/v1/components/no-such-component.json']) {
      const res = await get(path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers['content-type'], /^application\/json; charset=utf-8$/, path);
      const body = JSON.parse(res.body.toString('utf8'));
      assert.equal(body.status, 404);
      assert.match(body.index, /\/api\/v1\/index\.json$/);
    }
    // The API's own documentation page is HTML, at /api/.
    const page = await get('/api/');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type'], /^text\/html/);
  });

  test('data and feeds have their types and may be read from other origins', async () => {
    const json = await get('/api/v1/index.json');
    assert.match(json.headers['content-type'], /^application\/json; charset=utf-8$/);
    assert.equal(json.headers['access-control-allow-origin'], '*');
    const atom = await get('/feeds/all.atom');
    assert.match(atom.headers['content-type'], /^application\/atom\+xml; charset=utf-8$/);
    assert.equal(atom.headers['access-control-allow-origin'], '*');
    const png = await get('/og/index.png');
    assert.equal(png.headers['content-type'], 'image/png');
  });

  test('a folder without its slash is redirected on the same host', async () => {
    const res = await get('/components/calico');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/components/calico/');
  });
});
