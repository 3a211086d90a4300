import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRAMES_DIR = fileURLToPath(new URL('../fixtures/frames/', import.meta.url));

/**
 * A listing's description frame (eBay's ebaydesc.com document) beside its page fixture:
 * frames/<platform>/<name>.html and the sidecar <name>.json.
 */
export interface FrameFixture {
  /** The frame's real address (the page's iframe src without its query); the demo marketplace serves it there. */
  url: string;
  /** The page fixture that shows this frame, e.g. "ebay/fr-changed-layout". */
  page: string;
  description: string;
  /** The page's finding ids once the frame reported, and the images read in the frame (full size). */
  expected: { findings: string[]; images: string[] };
  name: string;
  htmlPath: string;
}

export function listFrameFixtures(): FrameFixture[] {
  return readdirSync(FRAMES_DIR)
    .sort()
    .flatMap((platform) =>
      readdirSync(join(FRAMES_DIR, platform))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => {
          const base = file.slice(0, -'.json'.length);
          const meta = JSON.parse(readFileSync(join(FRAMES_DIR, platform, file), 'utf8')) as Omit<
            FrameFixture,
            'name' | 'htmlPath'
          >;
          return { ...meta, name: `${platform}/${base}`, htmlPath: join(FRAMES_DIR, platform, `${base}.html`) };
        }),
    );
}

export function readFrameHtml(frame: FrameFixture): string {
  return readFileSync(frame.htmlPath, 'utf8');
}
