import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import selfsigned from 'selfsigned';
import manifest from '../../manifest.json' with { type: 'json' };
import { listFixtures, readFixtureHtml, type Fixture } from './fixtures';
import { listFrameFixtures, readFrameHtml } from './frames';

/**
 * The demo marketplace: the fixture pages under their real addresses, on 127.0.0.1 only.
 *
 * One port does two jobs. Asked directly (http://127.0.0.1:PORT/) it serves the demo index. Used
 * as the browser's proxy, it accepts CONNECT for the marketplace hosts and terminates TLS itself
 * with a throwaway certificate, so the browser loads https://de.aliexpress.com/item/….html from
 * here and the extension's real match patterns apply. Nothing ever leaves the machine.
 */
export interface DemoMarketplace {
  /** http://127.0.0.1:PORT: give it to the browser as its proxy. */
  proxyUrl: string;
  /** The demo index page. */
  indexUrl: string;
  port: number;
  fixtures: Fixture[];
  /** Serve something else on an https address (redirect chains, pages made by a test). */
  route(url: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/** Image hosts of the marketplaces, so listing images resolve to a placeholder instead of failing. */
const CDN_DOMAINS = [
  'alicdn.com', 'aliexpress-media.com', 'kwcdn.com', 'media-amazon.com', 'ssl-images-amazon.com',
  'ebayimg.com', 'ebaystatic.com', 'ltwebstatic.com', 'allegroimg.com', 'allegrostatic.com',
  's-bol.com', 'etsystatic.com',
];

function certificateHosts(fixtures: Fixture[]): string[] {
  const marketplaces = manifest.host_permissions.map((pattern) => new URL(pattern.replace('*.', 'wildcard.')).hostname);
  const domains = marketplaces.map((host) => host.replace(/^wildcard\./, ''));
  const fixtureHosts = fixtures.map((f) => new URL(f.url).hostname);
  return [...new Set([...domains, ...CDN_DOMAINS].flatMap((d) => [d, `*.${d}`]).concat(fixtureHosts))];
}

function hostMatches(host: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.split('.').length === p.split('.').length : host === p));
}

const PLACEHOLDER_IMAGE = readFileSync(new URL('../../icons/icon-128.png', import.meta.url));

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function indexPage(fixtures: Fixture[]): string {
  const byPlatform = new Map<string, Fixture[]>();
  for (const fixture of fixtures) {
    const platform = fixture.name.split('/')[0] ?? '';
    byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), fixture]);
  }
  const sections = [...byPlatform].map(
    ([platform, list]) =>
      `<section><h2>${escapeHtml(platform)}</h2><ul>${list
        .map((f) => `<li><a href="${escapeHtml(f.url)}">${escapeHtml(f.name)}</a> <small>(${escapeHtml(f.language)}, ${escapeHtml(f.state)})</small> ${escapeHtml(f.description)}</li>`)
        .join('')}</ul></section>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flagpost demo marketplace</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em}small{color:#555}</style></head>
<body><h1>Flagpost demo marketplace</h1><p>Saved-style product pages, served under their real addresses by a local proxy. Open one and click the Flagpost button.</p>${sections.join('')}</body></html>`;
}

export async function startMarketplace(
  /** `extraHosts`: other https hosts to certify and tunnel (e.g. ec.europa.eu), answered through route() only. */
  options: { port?: number; extraHosts?: readonly string[] } = {},
): Promise<DemoMarketplace> {
  const fixtures = listFixtures();
  const pages = new Map(fixtures.map((f) => [new URL(f.url).href, f]));
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  // The description frames (eBay's ebaydesc.com) that fixture pages show, at their real addresses.
  const frames = listFrameFixtures();
  for (const frame of frames) {
    routes.set(new URL(frame.url).href, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFrameHtml(frame));
    });
  }
  const frameHosts = frames.map((frame) => new URL(frame.url).hostname);
  const hosts = [...certificateHosts(fixtures), ...frameHosts, ...(options.extraHosts ?? [])];
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Flagpost demo marketplace' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  });

  const serveHttps = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'invalid'}`);
    const custom = routes.get(url.href) ?? routes.get(`${url.origin}${url.pathname}`);
    if (custom) return custom(req, res);
    const fixture = pages.get(url.href) ?? pages.get(`${url.origin}${url.pathname}`);
    if (fixture) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(readFixtureHtml(fixture));
    }
    if (/\.(png|jpe?g|webp|gif|avif)$/i.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
      return res.end(PLACEHOLDER_IMAGE);
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Not found</title><p>Not part of the demo marketplace.</p>');
  };

  const tls: TlsServer = createTlsServer({ key: pems.private, cert: pems.cert }, serveHttps);
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(indexPage(fixtures));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('The demo marketplace serves https pages through CONNECT only.');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    // A browser that closes drops its tunnels: a reset here is normal, not an error of the test.
    socket.on('error', () => socket.destroy());
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (port !== '443' || !hostMatches(host, hosts)) {
      // Every other host is refused at once: the browser must not wait on a network that isn't there.
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    indexUrl: `http://127.0.0.1:${port}/`,
    port,
    fixtures,
    route: (url, handler) => void routes.set(new URL(url).href, handler),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      tls.close();
    },
  };
}
