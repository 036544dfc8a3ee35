const samplesPerClass = 4;

/** Test positions for the grid: a few normals, then anomalies of as many different classes as possible. */
export function pickSampleRows(isAnomaly: Uint8Array, labels: Uint8Array): number[] {
  const rows = [...isAnomaly.keys()];
  const normals = rows.filter((k) => !isAnomaly[k]).slice(0, samplesPerClass);
  const anomalies = rows.filter((k) => isAnomaly[k]);
  const seen = new Set<number>();
  const distinct = anomalies.filter((k) => !seen.has(labels[k]) && seen.add(labels[k])).slice(0, samplesPerClass);
  const fill = anomalies.filter((k) => !distinct.includes(k)).slice(0, samplesPerClass - distinct.length);
  return [...normals, ...distinct, ...fill];
}
