import type { MnistDataset } from '../data/mnist';

/** A small synthetic "digit" set for session tests: class 1 is a vertical bar, the others random blobs. */
export function syntheticDigits(perClass = 30, side = 8): MnistDataset {
  const count = perClass * 10;
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  const pixels = new Uint8Array(count * side * side);
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  labels.forEach((label, i) => {
    for (let p = 0; p < side * side; p += 1) {
      const column = p % side;
      const on = label === 1 ? column === 3 || column === 4 : random() < 0.3;
      pixels[i * side * side + p] = on ? 230 + Math.floor(random() * 25) : Math.floor(random() * 20);
    }
  });
  return { count, side, labels, pixels };
}
