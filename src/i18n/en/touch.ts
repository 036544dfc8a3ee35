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
  'probe.shownOther':
    'A leaderboard row is shown: the probe scores with the trained detector, so it waits until that is shown again.',
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
  'whatIf.about': 'What if: change any cell and the detector scores the edited row (it is not trained on).',
  'whatIf.score': 'edited row scores {score}',
  'whatIf.reset': 'Back to the row as in the file',
  'whatIf.column': 'What if',
  'whatIf.attribution': 'Its attribution',
  'whatIf.cellLabel': 'What if {column} were',
  'whatIf.sliderLabel': '{column} over its range in the file',
  'whatIf.missing': '(missing)',
  'sequence.draw': 'Draw over this sequence',
  'sequence.drawStop': 'Stop drawing',
  'sequence.drawChannel': 'Channel',
  'sequence.drawnScore': 'the drawing scores {score} (as it was: {original})',
  'sequence.drawHint':
    'Drag across the chart to redraw the channel; the detector reconstructs and scores the drawing as you go ' +
    '(it is not trained on).',
  'toy.counts': '{normal} normal points and {anomalous} anomalies (outliers and points placed as anomalies).',
  'toy.protocol':
    'Every detector fits on all the points, outliers included, and scores them (unsupervised outlier detection, ' +
    "as in scikit-learn's comparison figure).",
  'toy.byHand': '{count} placed by hand ({anomalies} as anomalies).',
  'toy.clearPoints': 'Remove them',
  'playground.title': "The plane: every detector's field",
  'playground.about':
    "The colour is the detector's score over the plane (darker where it is above the threshold, a dark contour at " +
    'the threshold); dots are normal points, rings anomalies, squares the points you placed. It updates as the ' +
    'detector trains.',
  'playground.plane': '{detector}: score field over the plane with {count} points',
  'playground.planeInteractive':
    '{detector}: score field over the plane with {count} points. Click or press Enter to place a point; arrow keys ' +
    'move the cursor, or a placed point once clicked.',
  'playground.auroc': 'AUROC {auroc}%',
  'playground.flagged': '{flagged} of {count} flagged',
  'playground.placeLegend': 'A click places',
  'playground.placeAnomaly': 'an anomaly',
  'playground.placeNormal': 'a normal point',
  'playground.keys':
    'Keyboard: focus the plane, arrows move the cursor, Enter places a point, Space selects a placed point (then ' +
    'arrows move it), Escape lets it go.',
  'playground.compare': 'Compare every detector on these points',
  'playground.progress': '{detector}: {percent}% ({done} of {total} done)',
  'playground.ganLegend': 'Step the GAN by hand',
  'playground.ganAbout':
    'Pause, then step the discriminator alone (its field moves) or the generator alone (its crosses move), or ' +
    'watch one step at a time in slow motion.',
  'playground.stepD': 'Step D only ({count} D updates)',
  'playground.stepG': 'Step G only ({count} G updates)',
  'playground.slowMotion': 'Slow motion',
} as const;
