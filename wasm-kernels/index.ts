export { rowsPerUnit, unitCount, gemm, gemmTransposedRight } from './gemm';
export { adam } from './adam';
