import type { PointerEvent } from 'react';

/** The pointer's x in the SVG's viewBox units (the charts scale with their container). */
export function viewBoxX(event: PointerEvent<SVGSVGElement>, viewBoxWidth: number): number {
  const box = event.currentTarget.getBoundingClientRect();
  return ((event.clientX - box.left) / box.width) * viewBoxWidth;
}
