import { readLimited } from '../net/read-limited';
/** Why a download from the Commission failed; each has a plain-words message (gate_download_problem_<code>). */
export type DownloadProblem = 'permission' | 'offline' | 'server' | 'not-xml' | 'too-large';

export type XmlDownload = { ok: true; text: string } | { ok: false; problem: DownloadProblem; detail: string };

/** The list of every weekly report since 2005 is a few hundred kilobytes; a weekly report, rarely over a few megabytes. */
export const MAX_LIST_BYTES = 4 * 1024 * 1024;
export const MAX_REPORT_BYTES = 32 * 1024 * 1024;
export const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * Fetches an XML document from the Commission: no cookies or credentials, no cache, bounded in size and time.
 * Anything but XML (an error page, a maintenance notice) is refused, so it never reaches the index.
 */
export async function downloadXml(url: string, fetcher: typeof fetch, maxBytes: number): Promise<XmlDownload> {
  let response: Response;
  let text: string | null;
  try {
    response = await fetcher(url, {
      credentials: 'omit',
      cache: 'no-store',
      headers: { accept: 'application/xml, text/xml' },
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, problem: 'server', detail: `HTTP ${response.status}` };
    text = await readLimited(response, maxBytes);
  } catch (error) {
    return { ok: false, problem: 'offline', detail: error instanceof Error ? error.message : String(error) };
  }
  if (text === null) return { ok: false, problem: 'too-large', detail: `${maxBytes / 1024 / 1024} MiB` };
  if (!text.trimStart().startsWith('<') || /^\s*<(!doctype\s+html|html)\b/i.test(text)) {
    return { ok: false, problem: 'not-xml', detail: response.headers.get('content-type') ?? '' };
  }
  return { ok: true, text };
}
