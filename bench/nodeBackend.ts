import os from 'node:os';

/** TensorFlow.js in a Node benchmark on the chosen backend (WASM by default, its binaries from node_modules). */
export async function nodeTensorflow(backend: string) {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  await tf.setBackend(backend);
  await tf.ready();
  return tf;
}

/** The machine a Node benchmark ran on, in one line. */
export const nodeMachine = () =>
  `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
