import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule } from 'zxing-wasm/reader';

let ready: Promise<unknown> | undefined;

/**
 * Loads the decoder's WebAssembly from node_modules once (in the extension it is a bundled asset;
 * left alone, the library would fetch it from a CDN).
 */
export function prepareDecoderForNode(): Promise<unknown> {
  ready ??= Promise.resolve().then(() => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
    return prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
      fireImmediately: true,
    });
  });
  return ready;
}
