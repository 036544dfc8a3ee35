/**
 * The English catalog: it defines every message key. `{name}` marks a placeholder filled by
 * translate(); the Chinese catalog must use the same placeholders (catalog.test.ts).
 */
export const en = {
  'app.title': 'Anomaly Lab',
  'app.tagline':
    'Train an autoencoder on what you call normal, on MNIST digits, Fashion-MNIST or your own table; ' +
    'see what it finds odd. Everything runs in this tab.',
  'app.datasets': 'Dataset',
  'header.language': 'Language',
  'header.switchTo': '中文',
  'header.switchToLabel': 'Switch the interface to Chinese',
  'header.copyLink': 'Copy link',
  'header.copyLinkTitle': 'Copy a link that reproduces this view (settings, lesson and language)',
  'header.copied': 'Link copied',
  'header.copyFailed': 'Copy it from the address bar: this browser refused the clipboard',
  'header.present': 'Presenter mode',
  'header.presentOff': 'Leave presenter mode',
  'header.lessons': 'Lessons',
  'header.tour': 'Tour',

  'train.train': '▶ Train',
  'train.retry': '↻ Retry',
  'train.pause': '❚❚ Pause',
  'train.resume': '▶ Resume',
  'train.step': '⏭ Step',
  'train.stepTitle': 'One discriminator + generator round, then paused again',
  'train.stop': '■ Stop',
  'train.reset': '↺ Reset',
  'train.region': 'Training',
  'status.idle': 'Ready',
  'status.loading': 'Loading',
  'status.training': 'Training',
  'status.paused': 'Paused',
  'status.done': 'Done',
  'status.error': 'Stopped with an error',
  'train.fitted': 'fitted {percent}%',
  'train.progress.epoch': 'epoch {done}/{total}',
  'train.progress.step': 'step {done}/{total}',
  'train.loss': 'loss {value}',
  'train.loading': 'Loading {name}',
  'train.progressLabel.step': 'Steps completed',
  'train.progressLabel.epoch': 'Epochs completed',
  'train.progressLabel.percent': 'Share of the fit done',

  'pretrained.title': 'Pre-trained start',
  'pretrained.body':
    'This {detector} was trained before you arrived, by scripts/build-pretrained.mjs (seed 42, {minutes} min on ' +
    '{backend}), and shipped with the lab so the charts are live at once. Everything below is real: drag the ' +
    'threshold, open the digits, compare.',
  'pretrained.auroc': 'Its AUROC on this split: {value}.',
  'pretrained.classifierScore': 'Its generated grid scores {value} with the digit classifier (real digits: about 8.9).',
  'pretrained.trainYourOwn': 'Train your own',
  'pretrained.trainYourOwnTitle': 'Train a fresh detector with the settings shown (replaces this one on screen)',
  'pretrained.unavailable': 'The pre-trained start could not be opened ({reason}); press Train to train one.',

  'lessons.title': 'Lessons',
  'lessons.intro': 'Each lesson opens the lab set up for one idea: a goal, what to watch and a question to answer.',
  'lessons.close': 'Close the list',
  'lesson.panelLabel': 'Lesson',
  'lesson.goal': 'Goal',
  'lesson.watch': 'What to watch',
  'lesson.question': 'Question',
  'lesson.loadSample': 'Load the {name} sample',
  'lesson.next': 'Next lesson: {title}',
  'lesson.exit': 'Leave the lesson',
  'lesson.count': 'Lesson {n} of {total}',

  'lesson.reconstruction-error.title': 'Reconstruction error as an anomaly score',
  'lesson.reconstruction-error.goal':
    'See why an autoencoder trained only on the digit 1 gives other digits a large reconstruction error.',
  'lesson.reconstruction-error.watch':
    'The histogram: normal 1s pile up on the left, other digits spread to the right. Open the highest-scored ' +
    'digits in the gallery and compare each input with its reconstruction.',
  'lesson.reconstruction-error.question':
    'Which digits get the highest errors, and what does the reconstruction of a 7 look like? Why?',
  'lesson.thresholds.title': 'Choosing a threshold: mean + k·std, percentile or best F1',
  'lesson.thresholds.goal':
    'Compare three ways of turning scores into a yes/no decision, and what each costs in precision and recall.',
  'lesson.thresholds.watch':
    'Switch the threshold method between mean + k·std, percentile and best F1; watch the line on the histogram ' +
    'and the confusion matrix. Then drag the threshold yourself.',
  'lesson.thresholds.question':
    'Which method needs labels? Which one would you use when anomalies are 1 in 1,000 and nobody labelled any?',
  'lesson.contamination.title': 'Contaminated training data',
  'lesson.contamination.goal':
    'Train on "normal" data that secretly holds 10 % anomalies, and see how much worse detection gets.',
  'lesson.contamination.watch':
    'Press Train. Compare the AUROC with the clean run in the leaderboard (open the pre-trained start first, ' +
    'or train with contamination 0), and watch the anomalies in the training histogram.',
  'lesson.contamination.question':
    'Why does an autoencoder that has seen a few 7s reconstruct 7s better? How could you clean the training set?',
  'lesson.bottleneck.title': 'The bottleneck: how small can the latent space be?',
  'lesson.bottleneck.goal': 'Train with a 2-unit latent space, then with 32, and compare.',
  'lesson.bottleneck.watch':
    'The reconstructions (blurry or sharp?), the AUROC of each run in the leaderboard, and with latent 2 the ' +
    'latent scatter: where do the anomalies land?',
  'lesson.bottleneck.question':
    'A bigger bottleneck reconstructs better. Does it also detect better? When can it be too big?',
  'lesson.compare-detectors.title': 'Autoencoder, GAN or classical detector?',
  'lesson.compare-detectors.goal':
    'Put a deep detector beside classical ones on the same split: PCA, Isolation Forest, an autoencoder, a GAN.',
  'lesson.compare-detectors.watch':
    'Train PCA (preset), then pick Isolation Forest, Dense autoencoder and MLP GAN in turn and train each; the ' +
    'leaderboard ranks them on the same split and overlays their ROC curves.',
  'lesson.compare-detectors.question':
    'Which is best here, which is fastest, and is the best one worth its training time on this data?',
  'lesson.gan-dynamics.title': 'GAN training dynamics and mode collapse',
  'lesson.gan-dynamics.goal':
    'Read a GAN as a two-player game: the discriminator D judges, the generator G forges digits.',
  'lesson.gan-dynamics.watch':
    'On the pre-trained generator: the grid and its class histogram. Then set the D learning rate to 0.002, ' +
    'train, and watch D(x) and D(G(z)) and the class histogram: do all ten digits survive?',
  'lesson.gan-dynamics.question':
    'What does mode collapse look like in the grid and in the class histogram? What does D(G(z)) near 0 mean?',
  'lesson.series.title': 'Anomalies in a series: point, contextual, collective',
  'lesson.series.goal': 'Scan four years of Seattle weather with sliding windows and find the days that do not fit.',
  'lesson.series.watch':
    'Load the sample, keep the date as the order column and train. The series chart marks the flagged windows; ' +
    'the ranked table lists them with the columns that drove each score.',
  'lesson.series.question':
    'Find a point anomaly (one odd day), a contextual one (normal in July, odd in January) and a collective one ' +
    '(a run of days). Which does a window of 7 catch best?',
  'lesson.your-table.title': 'A table of your own',
  'lesson.your-table.goal':
    'Drop a CSV (or start with the penguins), say which column is the label and which values are normal, train.',
  'lesson.your-table.watch':
    'The column plan (what each column becomes), the ranked table of odd rows and each row\u2019s explanation. ' +
    'Nothing leaves this tab.',
  'lesson.your-table.question':
    'Which columns drive the top rows? Would you trust this detector on tomorrow\u2019s file: score a new file to see.',

  'sample.penguins.title': 'Penguins',
  'sample.penguins.hint':
    'Palmer penguins, 344 birds of 3 species (label: Species; Adelie normal, Chinstrap and Gentoo anomalous)',
  'sample.weather.title': 'Seattle weather',
  'sample.weather.hint': 'Daily weather 2012-2015, a dated series scanned without labels',
  'sample.try': 'Try a sample:',

  'help.show': 'What am I looking at?',
  'help.hide': 'Hide the explanation',
  'help.whatLabel': 'What you see',
  'help.tryLabel': 'Try this',
  'help.terms': 'Terms',
  'help.train.what':
    'Train fits the model to the normal data you chose, batch by batch, in a background thread, so the page ' +
    'stays responsive. The status line shows the epoch (a full pass over the data) and the current loss.',
  'help.train.try': 'Press Pause mid-run, look at the charts, then Resume. Reset clears the run but keeps settings.',
  'help.data.what':
    'Normal classes are what the model learns from. Every other class counts as an anomaly when the test ' +
    'digits are scored. Contamination mixes some anomalies into the training data, as real data often does.',
  'help.data.try': 'Pick 1 and 7 as normal and see which digits become the hardest anomalies.',
  'help.model.what':
    'The detector and its shape. An autoencoder squeezes each input through a small latent space and rebuilds ' +
    'it; what it has never seen comes back badly. Smaller latent = stronger squeeze.',
  'help.model.try': 'Set the latent size to 2 and train: reconstructions blur, and the latent scatter appears.',
  'help.loss.what':
    'The loss is the average reconstruction error on the training batches (and on held-out validation data). ' +
    'Falling means the model is learning; a gap between the two lines means it memorises.',
  'help.loss.try': 'Raise the learning rate to 0.05 and train: the curve jumps about or stalls.',
  'help.detect.what':
    'Each test item gets a score (its reconstruction error). The histogram shows normal and anomalous items ' +
    'apart; the threshold line splits flagged from passed, and the numbers say how good that split is.',
  'help.detect.try':
    'Drag the threshold left: recall rises, precision falls. Watch the confusion matrix count the trade.',
  'help.samples.what':
    'Test inputs (top) and what the model rebuilt from them (bottom). Normal items come back sharp, anomalies ' +
    'come back looking like the normal class.',
  'help.samples.try': 'Find an anomaly whose reconstruction looks like a normal digit: that is its score.',
  'help.gan.what':
    'Two networks compete: the generator draws digits from noise, the discriminator tells real from drawn. ' +
    'D(x) is its belief in real digits, D(G(z)) in drawn ones; the grid shows what G draws from fixed noise.',
  'help.gan.try':
    'Scrub the grid\u2019s history slider from the first snapshot to the last. Does the class histogram stay even?',
  'help.csv.what':
    'Your table stays in this tab: it is parsed here, each column becomes numbers (scaled, one-hot or dropped) ' +
    'and a row\u2019s score is how badly the detector can explain it.',
  'help.csv.try': 'Pick a label column and the normal values; with no label the lab still ranks the odd rows.',
  'help.models.what':
    'Save keeps the trained detector in this browser and downloads it as a project file; Open brings it back ' +
    'with its threshold and scores. Export makes a zip that scores records outside the lab.',
  'help.models.try': 'Save, reload the page, and open it again from My models.',
  'help.leaderboard.what':
    'Every run on the same split is ranked here by AUROC, with its time, so detectors are compared fairly.',
  'help.leaderboard.try': 'Tick two runs to overlay their ROC curves.',

  'glossary.reconstruction-error.term': 'reconstruction error',
  'glossary.reconstruction-error.text':
    'How far the autoencoder\u2019s output is from its input, averaged over pixels or features (mean squared ' +
    'error). Trained only on normal data, the model rebuilds normal items well and anything else badly, so the ' +
    'error works as an anomaly score.',
  'glossary.threshold.term': 'threshold',
  'glossary.threshold.text':
    'The score above which an item is called an anomaly. It can come from the training scores (mean + k ' +
    'standard deviations, a percentile), from an expected share of anomalies, or from labels (the best F1). ' +
    'Moving it trades missed anomalies for false alarms.',
  'glossary.precision.term': 'precision',
  'glossary.precision.text':
    'Of the items flagged, the share that really are anomalies: TP / (TP + FP). Low precision means many ' +
    'false alarms.',
  'glossary.recall.term': 'recall',
  'glossary.recall.text':
    'Of the real anomalies, the share that were flagged: TP / (TP + FN). Low recall means anomalies slip ' + 'through.',
  'glossary.roc.term': 'ROC curve',
  'glossary.roc.text':
    'The true-positive rate against the false-positive rate for every possible threshold. The area under it ' +
    '(AUROC) is the chance that a random anomaly scores above a random normal item: 1 is perfect, 0.5 is a coin.',
  'glossary.latent-space.term': 'latent space',
  'glossary.latent-space.text':
    'The small set of numbers (the code) the encoder squeezes each input into, and the decoder rebuilds it ' +
    'from. Similar inputs land close together; its size is the bottleneck.',
  'glossary.discriminator.term': 'discriminator',
  'glossary.discriminator.text':
    'The GAN\u2019s judge: a network that outputs the probability that an image is real rather than drawn by ' +
    'the generator. Its doubt about an image can itself serve as an anomaly score.',
  'glossary.mode-collapse.term': 'mode collapse',
  'glossary.mode-collapse.text':
    'A GAN failure where the generator draws only a few kinds of output (say, only 1s and 7s) because they fool ' +
    'the discriminator; the grid loses variety and the class histogram piles onto a few classes.',
  'glossary.close': 'Close',

  'tour.start': 'Take the tour',
  'tour.skip': 'Skip the tour',
  'tour.next': 'Next',
  'tour.back': 'Back',
  'tour.done': 'Finish',
  'tour.progress': 'Step {n} of {total}',
  'tour.1.title': 'Welcome to the lab',
  'tour.1.text':
    'Here a model learns what "normal" looks like, then scores everything else by how strange it is. All of it ' +
    'runs in this browser tab: no data leaves your machine.',
  'tour.2.title': 'Choose the data',
  'tour.2.text': 'MNIST digits, Fashion-MNIST clothes, or your own CSV table. Pick which classes count as normal.',
  'tour.3.title': 'Choose the detector',
  'tour.3.text':
    'An autoencoder by default; convolutional, variational, GANs and classical detectors are in the Model list.',
  'tour.4.title': 'Train',
  'tour.4.text': 'Train runs in a background worker; pause, step or stop it at any time.',
  'tour.5.title': 'Read the scores',
  'tour.5.text':
    'The histogram shows the scores of normal and anomalous test items. Drag the threshold line: the metrics ' +
    'and confusion matrix follow.',
  'tour.6.title': 'Learn by doing',
  'tour.6.text': 'The lessons set the lab up for one idea at a time. Every "?" explains the panel beside it.',

  'fold.model': 'Model settings',
  'fold.models': 'My models',
  'fold.leaderboard': 'Leaderboard',
  'fold.feedback': 'Feedback',
  'present.on': 'Presenter mode: large type, advanced panels folded',
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
  'metric.thresholdFree': 'threshold-free',
  'metric.thresholdFreeAp': 'threshold-free (average precision)',
  'metric.none': 'n/a',
  'detect.refusedFlagged': '{flagged} of {total} {unit} are flagged at this threshold.',
  'detect.noLabels':
    'No label column, so precision, recall, F1, accuracy, AUROC and AUPRC are unavailable. Pick a label column to see them; {flagged} of {total} rows are flagged at this threshold.',
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
  'data.title': 'Data: {name}',
  'data.region': 'Data',
  'data.normalLegend': 'Normal {noun}(s); every other {noun} is an anomaly',
  'data.contamination': 'Training contamination: {percent}% anomalies',
  'count.train': 'train',
  'count.validation': 'of which validation',
  'count.contamination': 'of which anomalies',
  'count.testNormal': 'test normal',
  'count.testAnomalous': 'test anomalous',
  'model.title': 'Model',
  'model.notAccepted':
    'The {detector} models square images (MNIST, Fashion-MNIST, or a table whose rows are images); for this table use the dense autoencoder.',
  'model.sized':
    'Fields marked "sized for table" were left at their MNIST default, so this table sets them: hidden [{layers}], latent {latent}, batch {batch}, {epochs} epochs. Type a value to choose your own.',
  'model.backendReloads': 'Changing the backend reloads the page (the choice lives in the URL).',
  'config.sizedMark': 'sized for table',
  'config.sizedTitle': 'Sized for this table; type a value to choose your own',
  'config.listTitle': 'comma-separated, each {range}',
  'config.range': '{min} to {max}',
  'loss.title': 'Loss',
  'loss.region': 'Loss curves',
  'loss.perEpoch': 'per epoch',
  'loss.perStep': 'per step',
  'loss.stepLoss': 'step loss',
  'loss.kl': 'KL divergence',
  'loss.train': 'train',
  'loss.validation': 'validation',
  'loss.summary': 'After epoch {epoch}: {parts}.',
  'loss.summaryEmpty': 'No epoch finished yet.',
  'roc.region': 'ROC curve',
  'roc.caption': 'ROC (AUROC {value})',
  'roc.fpr': 'false positive rate',
  'roc.summary': 'At this threshold {tpr}% of anomalies are caught at {fpr}% false alarms.',
  'badge.skipped': '{name} skipped: {reason}',
  'badge.first': '{name} is the first choice and works here.',
  'badge.choosing': 'Choosing a backend…',
  'badge.starting': 'starting…',
  'alert.dismissError': 'Dismiss error',
  'alert.dismissNotice': 'Dismiss notice',
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
    '{count} test items placed by their code ({axes}). Normal items that sit apart from the rest are the ones the model finds hard.',
  'latent.axesCode': 'the 2-D code itself',
  'latent.axesPca': 'top two principal directions of the codes',
  'latent.scatterLabel': 'Scatter of {count} test items in the latent space',
  'latent.row': 'row {n}',
  'kind.anomaly': 'anomaly',
  'kind.normal': 'normal',
  'samples.loading': 'Loading images…',
  'samples.region': 'Reconstructions of fixed test items',
  'samples.title': 'Reconstructions',
  'samples.titleGan': 'Test items beside their best GAN reconstruction G(E(x))',
  'samples.row.input': 'input',
  'samples.row.noisy': 'noisy input',
  'samples.row.output': 'output',
  'samples.row.error': 'error',
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
    'Codes drawn from N(0, I), decoded. Sharp, normal-looking images mean the code space is well filled; an anomaly is an item whose code falls where the prior puts little mass, or that decodes badly.',
  'decoded.afterFirstEpoch': 'Appears after the first epoch.',
  'manifold.title': 'Latent manifold',
  'manifold.needsTwo': 'Set the latent size to 2 to see the decoder over the whole latent plane.',
  'manifold.about':
    'The decoder over a {side} x {side} grid of the latent plane, from -2 to 2 standard deviations on each axis: how the model morphs one normal item into another.',
  'feedbackButtons.anomaly': 'confirmed anomaly',
  'feedbackButtons.normal': 'actually normal',
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
  'feedback.before': 'before',
  'feedback.after': 'after',
  'feedback.oddTitle': 'Training items it finds oddest',
  'feedback.showMore': 'Show {n} more',
  'feedback.showOddest': 'Show the {n} oddest',
  'feedback.trainingItem': 'Training item {label}',
  'gan.region': 'GAN training curves',
  'gan.title': 'Adversarial training',
  'gan.dLoss': 'D loss',
  'gan.gLoss': 'G loss',
  'gan.dReal': 'D(x) real',
  'gan.dFake': 'D(G(z)) fake',
  'gan.lossCaption': 'losses per step',
  'gan.beliefCaption': 'mean D(x) on real digits and D(G(z)) on generated ones',
  'gan.healthy':
    'A healthy run hovers: D(x) a little above ½, D(G(z)) a little below, neither loss running away. The discriminator labels real digits with 1 − smoothing, which keeps it from becoming overconfident.',
  'gan.summary': 'Step {step}: D loss {d}, G loss {g}, D(x) {real}, D(G(z)) {fake}.',
  'grid.region': 'Generated digits',
  'grid.title': 'Generated digits',
  'grid.step': 'step {step}',
  'grid.empty':
    'Press Train: the generator starts from noise and this 8×8 grid (always the same 64 noise vectors) shows what it makes.',
  'grid.pickTitle': 'Pick two digits to interpolate between them',
  'grid.sample': 'generated sample {n}',
  'grid.history': 'History: snapshot {n} of {total}',
  'grid.scoreTitle':
    "exp(mean KL(p(y|x) || p(y))) with the lab's MNIST classifier: 1 = all alike or unreadable, 10 = confident and evenly spread; real digits score about 8",
  'grid.score': 'classifier score',
  'grid.reads': 'what the classifier reads in the grid (confidence {percent}%)',
  'grid.classesLabel': 'Predicted classes of the generated digits',
  'grid.classTitle': '{count} of {total} look like a {digit}',
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
    'Without a label column nothing says which rows are truly anomalous, so AUROC, AUPRC and F1 cannot be measured. What can be known: the share of rows each detector flags at its own threshold, and how closely its ranking agrees with the detector shown (ρ near 1: they flag the same rows).',
  'board.about':
    'Each row is one detector on the same {items}; train another model or run the classical ones to add rows. Pick rows to overlay their ROC curves or average them into an ensemble; "show" puts a row\'s scores in the detection view.',
  'overlay.region': 'ROC curves',
  'overlay.caption': 'ROC curves of {n} detector(s)',
  'models.title': 'My models',
  'models.refuseUntrained': 'Train a detector first; a finished run can be saved.',
  'models.refuseShown': 'Show the trained detector again (leaderboard) to save it.',
  'models.nameLabel': 'Name of the model to save',
  'models.namePlaceholder': 'Model name',
  'models.save': 'Save',
  'models.exportTitle':
    'A zip to score records outside the lab: the project, the scorer module, the preprocessing and, for an autoencoder or a GAN, its TensorFlow.js networks',
  'models.export': 'Export',
  'models.openFile': 'Open a project file…',
  'models.opened': 'Opened {name} (saved {date}):',
  'models.identical': 'the scores recomputed here are identical to the saved ones.',
  'models.differ':
    'the scores recomputed here differ from the saved ones by up to {value} (another backend rounds differently).',
  'models.none': 'Saved models stay in this browser; nothing leaves it.',
  'models.renameLabel': 'New name for {name}',
  'models.open': 'Open',
  'models.download': 'Download',
  'models.rename': 'Rename',
  'models.delete': 'Delete',
  'models.deleteLabel': 'Delete {name}',
  'modelOnly.region': 'Opened model',
  'modelOnly.notKnown': 'not known',
  'modelOnly.about': '{detector}, saved {date}, threshold',
  'modelOnly.measured': 'When saved it measured AUROC {auroc}, AUPRC {auprc}, best F1 {f1}.',
  'modelOnly.withoutData':
    'Opened without its data: it was trained on {file} ({rows} rows). Score new files with it below; to see its scores, histogram and metrics on that file again, drop the file in this view and open the model once more.',
  'csv.region': 'Table',
  'csv.title': 'Data: your table',
  'csv.drop': 'Drop a CSV file here',
  'csv.dropAnywhere': '(or anywhere on the page)',
  'csv.pick': 'or pick one',
  'csv.private': 'The file is read in this tab only; nothing is uploaded.',
  'csv.reading': 'Reading {file}… {percent}%',
  'csv.loading': 'Loading {file}',
  'csv.cancel': 'Cancel',
  'csv.paste': 'Paste CSV text',
  'csv.pasteLoad': 'Load pasted text',
  'csv.decimalCommaTitle': 'Read 1.234,5 as 1234.5 (European spreadsheets); the file is parsed again',
  'csv.decimalComma': 'decimal comma',
  'csv.encodingTitle': "How the file's bytes become characters; the file is read again",
  'csv.encoding': 'Encoding',
  'csv.detect': 'detect',
  'csv.summary': '{rows} rows × {columns} columns, {delimiter}-separated',
  'csv.noHeader': ', no header row',
  'csv.readAs': ', read as',
  'csv.detected': ' (detected)',
  'csv.chosen': ' (chosen)',
  'delimiter.comma': 'comma',
  'delimiter.semicolon': 'semicolon',
  'delimiter.tab': 'tab',
  'delimiter.pipe': 'pipe',
  'csv.pastePlaceholder': 'a,b,label\n1,2,ok\n…',
  'plan.region': 'Columns and label',
  'plan.restored': 'Column settings restored from your last session with this file ({when}).',
  'plan.labelColumn': 'Label column (optional)',
  'plan.noLabel': '(no label)',
  'plan.scaling': 'Scaling (fitted on training rows)',
  'plan.standard': 'standardise',
  'plan.minmax': 'min-max',
  'plan.normalValues': 'Normal value(s) of {column}; every other value is an anomaly (Ctrl/⌘-click for several)',
  'plan.missing': '(missing)',
  'plan.seriesTitle': 'Train on sliding windows of consecutive rows',
  'plan.series': 'time series',
  'plan.window': 'window',
  'plan.rows': 'rows',
  'plan.orderedBy': 'ordered by',
  'plan.fileOrder': 'file order',
  'plan.imagesTitle': 'Draw and model each row as a square image (pixels scaled together)',
  'plan.images': 'rows are images',
  'plan.inputs': 'model inputs',
  'plan.inputsWindow': ' ({features} × {window} rows)',
  'plan.trainWindows': 'train windows',
  'plan.trainRows': 'train rows',
  'plan.scoredAll': 'scored (all, no labels)',
  'kind.numeric': 'numeric',
  'kind.categorical': 'categorical',
  'kind.datetime': 'date/time',
  'kind.identifier': 'identifier-like',
  'kind.constant': 'constant',
  'kind.empty': 'empty',
  'columns.manyDistinct': '> 1000 distinct',
  'columns.distinct': '{n} distinct',
  'columns.imagesNote':
    'Rows are modelled as images: every column but the label is a pixel, so the choices below do not apply.',
  'columns.all': 'include all usable',
  'columns.none': 'include none',
  'columns.useTitle': 'Use as a model feature',
  'columns.use': 'use',
  'columns.column': 'column',
  'columns.type': 'type',
  'columns.missing': 'missing',
  'columns.range': 'range / values',
  'columns.distributionTitle':
    'Training rows: box from Q1 to Q3 with the median, whiskers to the Tukey fences (1.5 IQR), dots beyond them',
  'columns.distribution': 'training distribution',
  'columns.note': 'note',
  'columns.labelNote': 'label (not a feature)',
  'columns.pixel': 'pixel',
  'columns.excluded': 'excluded: {reason}',
  'columns.oneHot': 'one-hot ({n})',
  'columns.imputed': '{n} imputed (training median)',
  'columns.textMissing': '{n} text cells read as missing',
  'columns.useLabel': 'use {name}',
  'box.summary':
    '{name}, training rows: median {median}, quartiles {q1} to {q3}, whiskers {low} to {high}, {outliers} outside the fences',
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
} as const;

export type MessageKey = keyof typeof en;
