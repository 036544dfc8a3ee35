/**
 * English messages of teaching: lessons, the tour, the glossary, help texts and the pre-trained
 * starts.
 */
export const enTeaching = {
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
  'lesson.known-unknown.title': 'Known and unknown anomalies: does it only find what it was shown?',
  'lesson.known-unknown.goal':
    'Train Deep SAD with 20 labelled 7s (the preset), then the supervised classifier on the same split, and compare.',
  'lesson.known-unknown.watch':
    'In Detection, AUROC on known classes (the 7s) beside AUROC on unknown ones (every other digit). Then clear ' +
    '"Known anomaly classes" so the 20 labels come from every class, and train both again.',
  'lesson.known-unknown.question':
    'The classifier was only shown 7s: how well does it find a 4? Why does Deep SAD, which also learns what normal ' +
    'looks like, lose less on the classes no label showed?',
  'lesson.draw-anomaly.title': 'Draw an anomaly the detector misses',
  'lesson.draw-anomaly.goal':
    'With the digit-1 autoencoder (the preset), draw in "Draw and score": first a 1, then something that is not a 1 ' +
    'but still passes below the threshold.',
  'lesson.draw-anomaly.watch':
    'The score and the verdict as you draw, the diamond on the histogram, and the error map: where the ' +
    'reconstruction misses your strokes.',
  'lesson.draw-anomaly.question':
    'Which drawings that are not 1s pass? What do they share with a 1, and what does that say about what a ' +
    'reconstruction error can see?',
  'lesson.per-class.title': 'Which digits look like a 1?',
  'lesson.per-class.goal':
    'Read "Which classes it finds" under Detection for the digit-1 autoencoder, then drag the threshold.',
  'lesson.per-class.watch':
    "The bars: each digit's share flagged at the threshold and its AUROC. Click the lowest bar to see only that " +
    'digit in the galleries.',
  'lesson.per-class.question':
    'Which digits does it confuse with a 1 most, and why those? Does the order change if you raise the threshold?',
  'lesson.field-shapes.title': "Why Isolation Forest's field has corners",
  'lesson.field-shapes.goal':
    'On the 2-D playground\'s "two scales" points, Isolation Forest trains at once (the preset); then press ' +
    '"Compare every detector on these points".',
  'lesson.field-shapes.watch':
    'The shape of each field and of its threshold contour: boxes and corners (Isolation Forest, HBOS, the IQR ' +
    'fences), ellipses (Mahalanobis), shapes that hug the points (k-NN, LOF). Place an anomaly between the two ' +
    'clusters and see who flags it.',
  'lesson.field-shapes.question':
    'Isolation Forest cuts one axis at a time: why does that give corners? Which detectors treat the tight and the ' +
    "loose cluster alike, and which flag the loose one's edge?",
  'lesson.gan-collapse.title': 'When a GAN collapses',
  'lesson.gan-collapse.goal':
    "Train the MLP GAN on the playground's two blobs (the preset), then pause it and step it by hand.",
  'lesson.gan-collapse.watch':
    "The green crosses are what the generator makes; the colour is the discriminator's field. Step D only: the " +
    'field moves, the crosses stay. Step G only: the crosses move toward where the field says "real". In slow ' +
    'motion, see whether the crosses cover both blobs or pile onto one.',
  'lesson.gan-collapse.question':
    'If every cross sits on one blob, the discriminator can still tell them apart: why does that not pull the ' +
    "generator back to the other? What does the discriminator's field look like then?",
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
} as const;
