/**
 * English messages of results: the detection board, feedback, score histogram, threshold and
 * metrics, galleries, latent views, ranked rows and their explanations.
 */
export const enResults = {
  'detect.title': 'Detection',
  'detect.ganScorer': 'GAN scorer',
  'detect.scorer.disc': 'discriminator: −logit D(x)',
  'detect.scorer.encoder': 'encoder (f-AnoGAN): residual + feature loss',
  'detect.empty': 'Train a model to score the {unit}; the histogram, threshold and metrics appear here.',
  'detect.unitRows': 'rows',
  'detect.unitTest': 'test {items}',
  'detect.logCounts': 'log counts',
  'detect.shareOfClass': 'share of class',
  'detect.shareOfClassTitle':
    'Scale each class to its own total, so a small normal class stays visible beside many anomalies',

  'metric.precision': 'Precision',
  'metric.recall': 'Recall',
  'metric.f1': 'F1',
  'metric.accuracy': 'Accuracy',
  'metric.auroc': 'AUROC',
  'metric.auprc': 'AUPRC',
  'metric.aurocKnown': 'AUROC, known classes',
  'metric.aurocKnownHint': 'normal test items against anomalies of the classes labelled anomalies came from',
  'metric.aurocUnknown': 'AUROC, unknown classes',
  'metric.aurocUnknownHint':
    'normal test items against anomalies of classes no label showed (none when every class is known)',
  'metric.thresholdFree': 'threshold-free',
  'metric.thresholdFreeAp': 'threshold-free (average precision)',
  'metric.none': 'n/a',

  'detect.refusedFlagged': '{flagged} of {total} {unit} are flagged at this threshold.',
  'detect.noLabels':
    'No label column, so precision, recall, F1, accuracy, AUROC and AUPRC are unavailable. Pick a label ' +
    'column to see them; {flagged} of {total} rows are flagged at this threshold.',

  'confusion.flagged': 'flagged',
  'confusion.passed': 'passed',
  'confusion.anomaly': 'anomaly',
  'confusion.normal': 'normal',

  'threshold.label': 'Threshold',
  'threshold.auto': 'Auto threshold:',
  'threshold.meanstd': 'mean + k·std',
  'threshold.percentile': 'percentile',
  'threshold.contamination': 'expected contamination',
  'threshold.contaminationTitle': 'Flag this share of the scored rows',
  'threshold.bestf1': 'best F1 (uses labels)',
  'threshold.bestf1Title': 'Peeks at the test labels: an upper bound, not a deployable choice',
  'threshold.trainingOnly': 'mean + k·std and percentile use the training errors only.',

  'roc.region': 'ROC curve',
  'roc.caption': 'ROC (AUROC {value})',
  'roc.fpr': 'false positive rate',
  'roc.hover': 'FPR {fpr} · TPR {tpr}',
  'roc.summary': 'At this threshold {tpr}% of anomalies are caught at {fpr}% false alarms.',

  'histogram.region': 'Histogram of anomaly scores',
  'histogram.labelled': 'Test-set {score}:',
  'histogram.normal': 'normal',
  'histogram.anomalous': 'anomalous',
  'histogram.unlabelled': '{score} of every row',
  'histogram.noLabels': '(no labels)',
  'histogram.hint': 'drag the red line to move the threshold',
  'histogram.axisCount': 'count',
  'histogram.axisShare': 'share of class',
  'histogram.axisLog': 'log {axis}',
  'histogram.summary':
    '{normal} normal and {anomalous} anomalous items; {flagged} are above the threshold {threshold}.',
  'histogram.summaryUnlabelled': '{total} rows; {flagged} are above the threshold {threshold}.',

  'latent.title': 'Latent space',
  'latent.about':
    '{count} test items placed by their code ({axes}). Normal items that sit apart from the rest are the ' +
    'ones the model finds hard.',
  'latent.axesCode': 'the 2-D code itself',
  'latent.axesPca': 'top two principal directions of the codes',
  'latent.scatterLabel': 'Scatter of {count} test items in the latent space',
  'latent.row': 'row {n}',

  'gallery.heading': '{items} by score',
  'gallery.region': '{items} by anomaly score',
  'gallery.images': 'images',
  'gallery.shown': '{n} shown',
  'gallery.none': 'none',
  'gallery.top': 'Highest scores',
  'gallery.falsePositives': 'False positives (normal, flagged)',
  'gallery.falseNegatives': 'False negatives (anomaly, missed)',
  'gallery.itemLabel': '{label}, score {score}',

  'prior.title': 'Samples from the prior',
  'prior.about':
    'Codes drawn from N(0, I), decoded. Sharp, normal-looking images mean the code space is well filled; ' +
    'an anomaly is an item whose code falls where the prior puts little mass, or that decodes badly.',

  'manifold.title': 'Latent manifold',
  'manifold.needsTwo': 'Set the latent size to 2 to see the decoder over the whole latent plane.',
  'manifold.about':
    'The decoder over a {side} x {side} grid of the latent plane, from -2 to 2 standard deviations on ' +
    'each axis: how the model morphs one normal item into another.',

  'feedback.title': 'Your feedback',
  'feedback.region': 'Feedback',
  'feedback.intro':
    'Mark items in the ranked table and the galleries as a confirmed anomaly (✗) or actually normal (✓).',
  'feedback.marked': 'marked',
  'feedback.kinds': '({anomalies} anomalies, {normals} normal).',
  'feedback.metrics':
    'On the marked items: AUROC {auroc}{note}, at the threshold precision {precision}, recall {recall}.',
  'feedback.bothKinds': ' (mark both kinds to know it)',
  'feedback.tune': 'Tune threshold from feedback',
  'feedback.tuneTitle': 'The threshold with the best F1 on the marked items',
  'feedback.retrain': 'Retrain with feedback',
  'feedback.retrainTitle': 'Same settings; confirmed anomalies out of the training items, items marked normal in',
  'feedback.export': 'Export marks',
  'feedback.clear': 'Clear marks',
  'feedback.row.auroc': 'AUROC (labels)',
  'feedback.row.auprc': 'AUPRC (labels)',
  'feedback.row.markedAuroc': 'AUROC on marked test items',
  'feedback.row.flagged': 'share flagged',
  'feedback.row.training': 'training items',
  'feedback.comparisonCaption': 'Before and after retraining with feedback (same split, same settings)',
  'feedback.moved':
    '{count} test items marked normal joined the training items: both columns are measured without them.',
  'detect.leftOut': '{count} test items the detector trained on (marked normal) are left out of these metrics.',
  'feedback.before': 'before',
  'feedback.after': 'after',
  'feedback.oddTitle': 'Training items it finds oddest',
  'feedback.showMore': 'Show {n} more',
  'feedback.showOddest': 'Show the {n} oddest',
  'feedback.trainingItem': 'Training item {label}',

  'interp.region': 'Latent interpolation',
  'interp.title': 'Latent interpolation',
  'interp.pick': 'Click two generated digits ({n} picked): the generator draws the path between their noise vectors.',
  'interp.frame': 'frame {n}',
  'interp.animation': 'animation',

  'board.col.detector': 'detector',
  'board.col.f1': 'F1 @ threshold',
  'board.col.f1Title': 'at mean + 2·std of its own training scores (no labels used)',
  'board.col.fit': 'fit',
  'board.col.score': 'score',
  'board.region': 'Leaderboard',
  'board.title': 'Leaderboard: detectors on this split',
  'board.itemsTable': 'rows, split and column settings',
  'board.itemsImages': '{items} and split',
  'board.runAllTitle': 'Fit every classical detector on this split: {list}',
  'board.runAll': 'Run all classical',
  'board.ensembleTitle': 'Mean rank of the picked rows (or of all rows when fewer than two are picked)',
  'board.ensemble': 'Add ensemble',
  'board.ensemblePicked': 'Add ensemble of {n} picked',
  'board.fitting': 'Fitting {detector} ({n}/{total}) {percent}%',
  'board.stop': '■ Stop',
  'board.empty': 'Train a model, or run all classical detectors, to fill this table for the {items} in view.',
  'board.pickTitle': 'Pick rows for the ROC overlay and the ensemble',
  'board.pick': 'pick',
  'board.flaggedTitle': 'Share of test rows above its own threshold',
  'board.flagged': 'flagged',
  'board.rhoTitle': 'Spearman rank correlation of its test scores with the scores shown below',
  'board.rho': 'ρ vs shown',
  'board.pickRow': 'Pick {detector}',
  'board.members': 'mean rank of: {list}',
  'board.showTitle': "Show this detector's scores in the histogram, metrics and ranked table",
  'board.shown': 'shown',
  'board.show': 'show',
  'board.unlabelled':
    'Without a label column nothing says which rows are truly anomalous, so AUROC, AUPRC and F1 cannot ' +
    'be measured. What can be known: the share of rows each detector flags at its own threshold, and how ' +
    'closely its ranking agrees with the detector shown (ρ near 1: they flag the same rows).',
  'board.about':
    'Each row is one detector on the same {items}; train another model or run the classical ones to add ' +
    'rows. Pick rows to overlay their ROC curves or average them into an ensemble; "show" puts a row\'s ' +
    'scores in the detection view.',

  'ranked.region': 'Ranked rows',
  'ranked.title': 'Rows by anomaly score',
  'ranked.flaggedRows': '{flagged} of {total} rows flagged at {threshold}',
  'ranked.flaggedWindows': '{flagged} of {total} windows flagged at {threshold}',
  'ranked.flaggedOnly': 'flagged only',
  'ranked.exportTitle': 'Download the original rows with score and is_anomaly columns',
  'ranked.export': '⤓ Export CSV',
  'ranked.rows': 'rows',
  'ranked.row': 'row',
  'ranked.score': 'score',
  'ranked.scoreSmoothed': 'score (raw)',
  'ranked.rawTitle':
    "The score the view uses (a series row's from the windows covering it, smoothed where asked); the " +
    "detector's own score in brackets",

  'smoothing.title': 'Scores over time',
  'smoothing.kindTitle':
    'Smoothing in time order before the threshold: one odd window should not raise an alarm its ' +
    'neighbours do not support',
  'smoothing.ewma': 'EWMA',
  'smoothing.mean': 'moving mean',
  'smoothing.span': 'span (0 = off)',
  'smoothing.rowScore': 'row score',
  'smoothing.rowScoreTitle':
    "A row's score: the highest or the mean of the windows covering it (histogram, metrics, ranking, " +
    'chart and export use it)',
  'smoothing.rowMax': 'max of its windows',
  'smoothing.rowMean': 'mean of its windows',
  'smoothing.on':
    'Histogram, metrics and ranking use the smoothed scores; the raw ones are in brackets in the ranked table.',
  'smoothing.off': 'Scores as the detector gives them.',
  'smoothing.rows':
    'Each row is scored from the windows covering it (the window ending at it is its own); the ' +
    "detector's window scores are in brackets in the ranked table.",

  'ranked.label': 'label',
  'ranked.labelNone': 'label (none)',
  'ranked.flag': 'flag',
  'ranked.markTitle': 'Your feedback: confirmed anomaly (✗) or actually normal (✓)',
  'ranked.mark': 'mark',
  'ranked.whyTitle':
    'Top rows: Shapley attribution of the score to each column; others: share of the reconstruction error',
  'ranked.why': 'why',
  'ranked.detailsTitle': "Every column's part in this row's score",
  'ranked.rowLabel': 'Row {n}',

  'explain.rowScore': 'Row {n} · score {score}',
  'explain.close': 'close',
  'explain.shownOther': 'Attributions explain the trained detector; another leaderboard row is shown now.',
  'explain.needsModel': 'Attributions need a trained autoencoder or classical detector (not a GAN or ensemble).',
  'explain.column': 'column',
  'explain.value': 'value',
  'explain.median': 'training median [range]',
  'explain.attributionTitle': "Shapley value: this column's part in the score, against training rows",
  'explain.attribution': 'attribution',

  'board.ensembleOf': 'ensemble of {n} detectors',
  'board.needsLabels': 'needs labels',
  'board.notReported': 'not reported (see Detection)',

  'labels.title': 'What to label next',
  'labels.intro':
    'Ten test items to look at, picked by the strategy below. Mark each ✗ (anomaly) or ✓ (normal); the next ' +
    'one takes its place. Retrain with labels teaches the marks to a detector that learns from them; marked ' +
    'test items then leave its test set.',
  'labels.row': 'row {row}',
  'labels.item': 'item {label}',
  'labels.retrain': 'Retrain with labels ({count})',
  'labels.retrainTitle': 'Retrain this detector on the split plus your marks, and add a point to the learning curve',
  'labels.retrainNeedsAware': 'Pick a detector that learns from labels first',
  'labels.withRandom': 'also retrain on as many random labels (the curve’s baseline)',
  'labels.curveTitle': 'Learning curve: test AUROC against the number of labels',
  'labels.curveX': 'labels',
  'labels.curveCaption':
    'Each point is a real retrain. Solid: labels you chose; dashed: as many random labels, with their true marks.',
  'labels.point.start': 'before any mark',
  'labels.point.active': 'your labels',
  'labels.point.random': 'random labels',

  'search.title': 'Search settings: {detector}',
  'search.intro':
    'Random draws from this detector’s settings, each trained on the training items and judged on held-out ' +
    'validation items (with half of the labelled anomalies where the split has some), never on the test items.',
  'search.start': 'Search',
  'search.pause': 'Pause after this trial',
  'search.resume': 'Resume',
  'search.stop': 'Stop',
  'search.status.running': '{done} of {budget} trials done.',
  'search.status.paused': 'Paused after {done} of {budget} trials.',
  'search.status.done': 'Done: {done} of {budget} trials.',
  'search.status.stopped': 'Stopped after {done} of {budget} trials.',
  'search.criterion.validation-auroc':
    'Judged by AUROC on validation items and held-out labelled anomalies (higher is better).',
  'search.criterion.validation-loss': 'No labelled anomalies: judged by the validation loss (lower is better).',
  'search.criterionShort.validation-auroc': 'validation AUROC',
  'search.criterionShort.validation-loss': 'validation loss',
  'search.settings': 'settings',
  'search.seconds': 'seconds',
  'search.apply': 'Use the best settings',
} as const;
