/** `wt102 playground`: the payload playground's page, served on 127.0.0.1 under its security headers, or its path. */
import { UsageError, integerOption, failProcess, readInput, printable } from './io';
import type { CliIO } from './io';

/** `wt102 playground`: the page's path, or the page served on 127.0.0.1 under its security headers. */
export function servePlayground(opts: { port?: string; path?: boolean }, io: CliIO): void {
  const page = playgroundPath();
  if (opts.path) {
    if (opts.port !== undefined) throw new UsageError('--port goes with serving the page, not with --path');
    io.out(page + '\n');
    return;
  }
  const port = opts.port === undefined ? 8102 : integerOption(opts.port, '--port');
  if (port > 65535) throw new UsageError(`--port: ${port} is not a port; expected 0…65535 (0 takes a free one)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const http = require('http') as typeof import('http');
  const html = readInput(io, page);
  const headers = playgroundHeaders(html);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(html);
  });
  server.on('error', (e: NodeJS.ErrnoException) => {
    const hint = e.code === 'EADDRINUSE' ? `; port ${port} is taken: choose another with --port (0 takes a free one)` : '';
    io.err(`wt102: playground: ${printable(e.message)}${hint}\n`);
    (io.fail || failProcess)(2);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    io.out(`The playground: http://127.0.0.1:${address.port}/ (Ctrl-C stops it)\n`);
  });
}

/**
 * The playground's response headers: no sniffing, no referrer, and a content security policy that lets the page
 * run its own inline script and style (by their hashes) and nothing else: it loads nothing and sends nothing.
 */
export function playgroundHeaders(html: string): { [name: string]: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const crypto = require('crypto') as typeof import('crypto');
  const hashes = (tag: string) => {
    const found: string[] = [];
    const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
    for (let m = re.exec(html); m !== null; m = re.exec(html)) found.push(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
    return found.join(' ') || "'none'";
  };
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy':
      `default-src 'none'; script-src ${hashes('script')}; style-src ${hashes('style')}; img-src data:; ` +
      "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  };
}

/** dist/playground.html, beside the built CLI's folder (or, run from the sources, in dist/). */
export function playgroundPath(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  // This module is dist/cli/playground.js (the page beside dist/cli/), or run from the sources src/cli/playground.ts.
  for (const candidate of [path.join(__dirname, '..', 'playground.html'), path.join(__dirname, '..', '..', 'dist', 'playground.html')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new UsageError('playground: dist/playground.html is missing; run npm run build');
}

