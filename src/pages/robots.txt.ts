import { absoluteUrl } from '@/site/absolute-url.ts';

/** `robots.txt`, generated so that its sitemap line names the configured site and base. */
export function GET(): Response {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
