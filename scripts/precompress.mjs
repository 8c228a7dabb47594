#!/usr/bin/env node
// Writes a .gz and a .br file beside every text file of a built site, for servers that send
// precompressed files (nginx's gzip_static and brotli_static; see deploy/nginx.conf).
// Usage: node scripts/precompress.mjs [dir=dist]
// Both formats at their highest level: the work is done once, at deploy time. A compressed file
// is kept only when it is smaller than the original. The output is the same on every run (gzip
// headers carry no time stamp), so a deploy of the same build uploads nothing new.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.atom', '.svg', '.txt', '.csv', '.webmanifest', '.map']);
const MIN_BYTES = 512;

const dir = process.argv[2] ?? 'dist';
const started = performance.now();
let files = 0;
let before = 0;
let gz = 0;
let br = 0;

function walk(d) {
  for (const name of readdirSync(d).sort()) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (TEXT.has(extname(name))) compress(path);
  }
}

function write(path, data, original) {
  if (data.length < original.length) {
    writeFileSync(path, data);
    return data.length;
  }
  try {
    unlinkSync(path);
  } catch {
    // Nothing left from an earlier run.
  }
  return original.length;
}

function compress(path) {
  const data = readFileSync(path);
  if (data.length < MIN_BYTES) return;
  files++;
  before += data.length;
  gz += write(`${path}.gz`, gzipSync(data, { level: 9 }), data);
  br += write(
    `${path}.br`,
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    data,
  );
}

walk(dir);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `precompressed ${files} files in ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${kb(before)} → gzip ${kb(gz)}, brotli ${kb(br)}`,
);
