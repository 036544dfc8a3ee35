import { readFileSync, writeFileSync } from 'node:fs';
const bytes = readFileSync('public/mnist.bin');
const view = new DataView(bytes.buffer, bytes.byteOffset);
const count = view.getUint32(8, true), side = view.getUint32(12, true);
const n = Number(process.argv[2] ?? 3000);
const lines = ['label,' + Array.from({ length: side * side }, (_, i) => `p${i}`).join(',')];
for (let k = 0; k < n; k++) lines.push(bytes[16 + k] + ',' + Array.from(bytes.subarray(16 + count + k * side * side, 16 + count + (k + 1) * side * side)).join(','));
writeFileSync(process.argv[3] ?? '/tmp/mnist-table.csv', lines.join('\n') + '\n');
