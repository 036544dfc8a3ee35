/**
 * English messages of errors and recovery notices (every user-facing failure names its cause and
 * what to do).
 */
export const enErrors = {
  'err.export': 'Could not export: {reason}',
  'err.scorerMissing': 'the scorer module is missing from this build (HTTP {status}).',
  'err.feedbackThreshold': 'Mark at least one item as a confirmed anomaly to place the threshold from feedback.',
  'err.interpolation': 'Interpolation failed: {reason}',
  'err.dropCsvTrain': 'Drop a CSV file (or pick a sample) before training.',
  'err.dropCsv': 'Drop a CSV file (or pick a sample) first.',
  'err.wrongKind':
    'The {detector} models {accepts}, not {kind}. Pick a model that does (the dense autoencoder models all of them).',
  'err.training': 'Training failed: {reason}',
  'err.classical': 'Run all classical stopped: {reason}',
  'err.ensembleNeedsTwo': 'An ensemble needs at least two detectors on this split: run some first.',
  'err.saveUntrained': 'Train a detector (and let it finish) before saving.',
  'err.savedDownloadOnly': 'Saved as a download only: this browser refused to keep it ({reason}).',
  'err.save': 'Could not save: {reason}',
  'err.modelGone': 'That saved model is no longer in this browser.',
  'err.delete': 'Could not delete: {reason}',
  'err.rename': 'Could not rename: {reason}',
  'err.fileUnreadable': '{file} could not be read: {reason}',
  'err.stopFirst': 'Stop the current run before opening a saved model.',
  'err.open': '{from}The model could not be opened: {reason}',
  'err.noPreprocessing':
    'this project has no preprocessing to score new files with: drop {file} ({rows} rows) in the CSV ' +
    'view, then open it again.',
  'err.classifier': 'The digit classifier could not be loaded ({reason}); GAN samples get no digit-likeness read-out.',
  'err.start': 'The lab could not start: {reason}',
  'err.sample': 'The sample {file} could not be loaded: {reason}',
  'err.monitor': 'The monitor stopped: {reason}',
  'err.scoreFirst': 'Train or open a model on a table first.',
  'err.scoreFile': '{file} could not be scored: {reason}',
  'err.exportFailed': 'Export failed: {reason}',

  'notice.loadCancelled': 'Loading {file} was cancelled; the previous table is kept.',

  'err.loadedWithWarnings': '{file} loaded with warnings: {warnings}',
  'err.tableLoad': '{file} could not be loaded: {reason}',

  'notice.unknownSetting': 'Ignored {name}={raw}: the lab has no setting called "{name}".',
  'notice.badValue': 'Ignored {name}={raw}: {problem}.',
  'notice.backendFallback': 'The {requested} backend was requested but is unavailable ({reason}); using {active}.',

  'refusal.non-finite':
    '{count} of {total} scores are not finite numbers (NaN or infinite), so the ranking is arbitrary and ' +
    'no detection metric is reported. The model probably diverged: lower the learning rate, or check the ' +
    'data for extreme values.',
  'refusal.trained-on-test':
    'This detector trained on the test items themselves (the GAN learned from all digits), so detection ' +
    'metrics would be measured on data it has seen and are not reported. Train the GAN on the normal ' +
    'digits to measure detection.',

  'err.deviceLost': 'The GPU device was lost ({reason}).',
  'err.memory.batch':
    'This run would need about {need} of memory (data {data}, model {model}, a batch {activations}), ' +
    'more than {backend} can safely hold here (about {budget}). Try a smaller batch size: the batch is ' +
    'what takes the most.',
  'err.memory.layers':
    'This run would need about {need} of memory (data {data}, model {model}, a batch {activations}), ' +
    'more than {backend} can safely hold here (about {budget}). Try narrower or fewer hidden layers: the ' +
    'model is what takes the most.',
  'err.memory.rows':
    'This run would need about {need} of memory (data {data}, model {model}, a batch {activations}), ' +
    'more than {backend} can safely hold here (about {budget}). Try fewer rows (a training cap, limit) ' +
    'or fewer columns: the data is what takes the most.',

  'recovery.restarted':
    'Recovered: {what} The lab started a fresh engine on {backend}, loaded the data again and restarted ' +
    'the run with the same settings. Saved models and projects are untouched.',
  'recovery.resumed':
    'Recovered: {what} The lab started a fresh engine on {backend}, loaded the data again and continued ' +
    'the run from its checkpoint after epoch {epoch}. Saved models and projects are untouched.',
  'recovery.ready':
    'Recovered: {what} The lab started a fresh engine on {backend} and loaded the data again. Saved ' +
    'models and projects are untouched.',
  'recovery.crashed': "The lab's worker failed ({reason}).",
  'recovery.silent': "The lab's worker stopped answering for {seconds} s.",
  'recovery.gaveUp':
    '{what} This keeps happening, so the lab stopped restarting its engine. Reload the page, or pick ' +
    'another backend (?backend=wasm).',
  'recovery.failed': '{what} Restarting the engine failed too: {reason}. Reload the page.',

  'err.allMarked': 'Every training item is marked as an anomaly: mark fewer, or mark some items as normal.',
  'err.fileShorterThanWindow': 'This model reads windows of {window} rows; the file has {rows}.',
  'err.assetLoad': 'Could not load the {name} asset (HTTP {status}).',
  'err.core.saveUntrained': 'Train a detector before saving it.',
  'err.core.weightsMismatch':
    'The saved weights do not fit this detector as configured (the layers or the data width differ).',
  'err.core.unknownMember': 'The saved ensemble names an unknown detector ({id}).',
  'err.core.cannotRestore': "The project's detector ({id}) cannot be restored as {detector}.",
  'err.core.lacksColumn': 'The file lacks a column the model reads.',
  'err.core.scoreFirst': 'Train or open a detector before scoring a file.',
  'err.core.whatIfRows': '"What if" edits single rows; a series model reads windows of rows (edit them in its chart).',
  'err.core.noField': "Score fields are drawn over the 2-D playground's plane: pick the playground first.",
  'err.core.probeShape': 'This item has {got} values; the detector takes {width}.',
  'err.core.monitorFirst': 'Train a detector on a series or a table first: the monitor replays its rows through it.',
  'err.core.waitRun': 'Wait for the run to finish (or stop it) before saving.',
  'err.core.featureMismatch': 'The saved detector reads {saved} features; its preprocessing makes {made}.',
  'err.core.ganImages':
    'The GANs generate values in [0, 1]: use them on MNIST, on a table whose rows are square images, or on the 2-D playground.',
  'err.labels.pickAware': 'Retrain with labels needs a detector that learns from them: pick {detectors}.',
  'err.search': 'The search stopped: {reason}',
  'err.search.noValidation':
    'A search judges settings on validation items: this split has too few training items to hold some out.',
  'err.search.needsLabels':
    'This detector reports no validation loss, so a search without labels cannot judge it: set a label budget (labelled anomalies) first.',
  'err.core.needsLabels':
    'The {detector} learns from labelled anomalies and this split has none: set a label budget (labelled anomalies) first.',
  'err.core.explainTables': 'Explanations are for table rows: load a table and train first.',
  'err.core.explainDetector': 'Train a detector (not a GAN) on the table to explain its scores.',
  'err.core.notLoaded': 'The dataset is not loaded yet.',
  'err.core.itemsImagesOnly': 'Training items are shown for image sets (MNIST, Fashion-MNIST).',
  'err.core.scoreTableFirst': 'Train or open a model on a table before scoring a new file.',
  'err.core.scoreFileFirst': 'Score a file first.',
  'err.core.exportUntrained': 'Train a model on the table before exporting its scores.',
  'err.core.ganMismatch': 'The saved generator and discriminator do not fit this GAN as configured (the sizes differ).',
  'err.core.encoderMismatch': 'The saved encoder does not fit this GAN as configured (the sizes differ).',
} as const;
