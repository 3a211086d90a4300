import { readFileSync } from 'node:fs';

/** Loads the decoder's WebAssembly from node_modules (in the extension it is a bundled asset), as the CLI does. */
export { prepareDecoderForNode } from '../../../src/cli/zxing';

export function fixtureImage(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));
}
