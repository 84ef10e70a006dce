import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built site on a free loopback port. A plain static server rather than `astro preview`,
 * which refuses to start while another preview server runs on the machine. `base` mounts the site
 * under a path, as a subfolder deployment would.
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; stop: () => Promise<void> }> {
  const files = sirv(dir, { dev: true, etag: false });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('not under the base path');
      return;
    }
    request.url = '/' + url.slice(base.length);
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
