import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export const CONTENT_SCRIPT_FILE = 'content.js';

type ContentScripts = { matches: string[]; run_at?: string; js?: string[] }[];

/**
 * Builds the content script as one classic script (IIFE) instead of crxjs's dynamic-import loader.
 * That loader needs its chunks listed as web-accessible resources, which lets any marketplace page
 * detect Flagpost (and could let a seller hide things from its users). This way nothing is exposed.
 *
 * Give crxjs the manifest without `content_scripts`; once the bundle is written, this plugin puts
 * them back into the written manifest, pointing at the built file.
 */
export function contentScriptPlugin(options: { entry: string; contentScripts: ContentScripts; target: string }): Plugin {
  return {
    name: 'flagpost:content-script',
    apply: 'build',
    writeBundle: {
      order: 'post',
      async handler(outputOptions) {
        const outDir = outputOptions.dir as string;
        writeFileSync(join(outDir, CONTENT_SCRIPT_FILE), await buildContentScript(options));
        const manifestPath = join(outDir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
        manifest.content_scripts = options.contentScripts.map((script) => ({ ...script, js: [CONTENT_SCRIPT_FILE] }));
        writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  };
}

async function buildContentScript(options: { entry: string; target: string }): Promise<string> {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: options.target,
          minify: true,
          lib: { entry: options.entry, formats: ['iife'], name: 'flagpostContent', fileName: () => CONTENT_SCRIPT_FILE },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((item) => item.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error('content script build produced no chunk');
      return chunk.code;
}
