/** English messages of the views a learner touches: the probe, per-class detection. */
export const enTouch = {
  'probe.title': 'Draw and score',
  'probe.open': 'Draw an item and score it',
  'probe.about':
    'Draw an item (or click one in a gallery or the latent scatter to start from it) and the detector scores ' +
    'it as you draw. Nothing drawn is trained on.',
  'probe.canvas': 'Drawing canvas, {side} by {side} pixels. Arrow keys move the cursor, Space paints with the tool.',
  'probe.pen': 'Pen',
  'probe.eraser': 'Eraser',
  'probe.clear': 'Clear',
  'probe.close': 'Close',
  'probe.from': 'Started from test item {n} ({label}).',
  'probe.fromScratch': 'Drawn from scratch.',
  'probe.startFrom': 'Draw from this item',
  'probe.score': 'Score',
  'probe.flagged': 'Flagged as anomalous at the threshold {threshold}',
  'probe.passes': 'Passes as normal at the threshold {threshold}',
  'probe.waiting': 'Train or open a detector to score a drawing.',
  'probe.busy': 'Scored again when the run ends.',
  'probe.scoring': 'scoring…',
  'probe.input': 'drawing',
  'probe.output': 'reconstruction',
  'probe.error': 'error',
  'probe.marker': 'the drawing',
  'perClass.title': 'Which classes it finds',
  'perClass.about':
    'Per anomalous class: the share of its items flagged at the threshold {threshold} (the bar) and its AUROC ' +
    'against the normal items.',
  'perClass.bar': '{label}: {recall} of {count} flagged, AUROC {auroc}.',
  'perClass.figures': '{recall} · AUROC {auroc}',
  'perClass.filter': 'Show this class alone in the galleries.',
  'gallery.onlyClass': 'Only {label}',
  'gallery.allClasses': 'Show every class',
} as const;
