// TensorFlow.js greets every Node process (one per test file) with a banner recommending
// tfjs-node; the unit tests use the CPU and WASM backends on purpose, so drop that one message
// and let every other warning through.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('looks like you are running TensorFlow.js in Node.js')) return;
  warn(...args);
};
