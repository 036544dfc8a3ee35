import type { Plugin } from 'vite';

// tfjs-backend-wasm gives each WASM thread its threaded factory as source text (Function#toString).
// The factory reads one variable of its enclosing closure (_scriptDir, under a typeof guard that
// minification drops), which a thread does not have: it fails with "e is not defined". The lab
// never needs that variable (every WASM path comes from setWasmPaths), so it is taken out of the
// factory before bundling; the build stops if the library's text ever changes.
export const selfContainedWasmThreads: Plugin = {
  name: 'self-contained-wasm-threads',
  transform(code, id) {
    if (!id.includes('tfjs-backend-wasm-threaded-simd.js')) return null;
    const reads = [
      ['if(typeof _scriptDir !== "undefined" && _scriptDir){scriptDirectory=_scriptDir}', ''],
      ['"urlOrBlob":Module["mainScriptUrlOrBlob"]||_scriptDir', '"urlOrBlob":Module["mainScriptUrlOrBlob"]'],
    ];
    let patched = code;
    for (const [from, to] of reads) {
      if (!patched.includes(from)) this.error(`tfjs-backend-wasm changed: "${from}" not found (vite.config.ts)`);
      patched = patched.replace(from, to);
    }
    return { code: patched, map: null };
  },
};
