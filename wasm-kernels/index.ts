export { rowsPerUnit, unitCount, gemm, gemmSlices, sliceUnitCount, gemmTransposedRight } from './gemm';
export { adam } from './adam';
export { im2col, col2im } from './conv';
export { sumRows } from './reduce';
export { binary, step } from './elementwise';
