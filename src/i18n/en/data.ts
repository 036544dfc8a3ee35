/**
 * English messages of data: image sets, tables and their plan, columns, new files to score, the
 * live monitor.
 */
export const enData = {
  'sample.penguins.title': 'Penguins',
  'sample.penguins.hint':
    'Palmer penguins, 344 birds of 3 species (label: Species; Adelie normal, Chinstrap and Gentoo anomalous)',
  'sample.weather.title': 'Seattle weather',
  'sample.weather.hint': 'Daily weather 2012-2015, a dated series scanned without labels',
  'sample.sensors.title': 'Sensor series (synthetic)',
  'sample.sensors.hint':
    '100 days of hourly temperature, load and vibration with labelled spikes, level shifts, frequency ' +
    'changes, noise bursts and flat-lines',
  'sample.heartbeats.title': 'Heartbeats (synthetic)',
  'sample.heartbeats.hint':
    '600 heartbeats of 64 samples, one per row (t0..t63); 60 premature, inverted-T, wide-QRS or noisy ' +
    'beats are labelled',
  'sample.try': 'Try a sample:',

  'fold.model': 'Model settings',
  'fold.models': 'My models',
  'fold.leaderboard': 'Leaderboard',
  'fold.feedback': 'Feedback',

  'data.title': 'Data: {name}',
  'data.region': 'Data',
  'data.normalLegend': 'Normal {noun}(s); every other {noun} is an anomaly',
  'data.contamination': 'Training contamination: {percent}% anomalies',

  'count.train': 'train',
  'count.validation': 'of which validation',
  'count.contamination': 'of which anomalies',
  'count.testNormal': 'test normal',
  'count.testAnomalous': 'test anomalous',
  'count.labelledAnomalies': 'labelled anomalies (never tested)',
  'count.labelledNormal': 'labelled normal (in training)',
  'count.knownClasses': 'known anomaly classes',

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

  'plan.suggested':
    'On held-back tuning tables the {detector} ranked first among the detectors tried (the one-pass ones and ' +
    'the dense autoencoder; README, “How today’s defaults were chosen”).',
  'plan.useSuggested': 'Use the {detector}',
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
  'plan.rowSequences': 'Rows as sequences ({n} steps)',
  'plan.rowSequencesTitle':
    'Each row is one sequence over its {n} numbered columns (t0, t1, ...): one unit to split, train on ' +
    'and score, its columns the time steps',
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

  'series.region': 'Series',
  'series.caption':
    'Series in model order ({window}-row windows{stride}); shaded: windows above the threshold{capped}.',
  'series.stride': ', one every {n} rows',
  'series.capped': ' (first {n} of {total} shown)',
  'series.more': ' +{n} more',
  'series.chartLabel': 'Series chart with anomalous windows shaded',

  'newFile.region': 'Score a new file',
  'newFile.title': 'Score a new file with this model',
  'newFile.about':
    "The file is read a slice at a time through the training data's preprocessing and this detector, " +
    'without retraining; only the scores and the highest-scoring rows are kept, so any size works.',
  'newFile.windows':
    " This model reads windows of {window} rows: the file's rows are read in their order as one series " +
    '(sort it by time first), and each row gets the highest score of the windows covering it.',
  'newFile.pick': 'CSV file to score',
  'newFile.progressLabel': 'Share of the file scored',
  'newFile.cancel': 'Cancel',
  'newFile.differs': 'differs from the training data:',
  'newFile.anyway': 'Score it anyway',
  'newFile.fix': 'Fix the file (or train a model on these columns) to score it.',
  'newFile.scored': '{rows} rows scored,',
  'newFile.above': 'above the threshold {threshold} (the threshold of the detection view above applies).',
  'newFile.export': 'Export scores as CSV',
  'newFile.top': 'Highest scores first (top {n})',
  'newFile.row': 'row',
  'newFile.score': 'score',
  'newFile.histogramLabel': "Histogram of the new file's scores with the threshold",

  'dataKind.image': 'square images such as MNIST digits',
  'dataKind.row': 'table rows',
  'dataKind.window': 'windows of a series',
  'dataKind.sequence': 'rows read as sequences',

  'monitor.title': 'Live monitor',

  'sequence.title': 'Sequences: which steps drove the score',
  'sequence.pick': 'Sequence to show',
  'sequence.label': 'A sequence of {steps} steps with its reconstruction; the largest error is at step {top}',
  'sequence.error': 'error',
  'sequence.openRow': 'row {row} (opened in the ranked table)',
  'sequence.legend':
    'values (solid), reconstruction (dashed); the red band is the squared error per step, largest at step {top}.',
  'sequence.untrained': 'values; the reconstruction appears once the detector has trained.',

  'monitor.start': 'Open the live monitor',
  'monitor.startHint': 'Replays the rows in order through the trained detector, as if they arrived live.',
  'monitor.pause': 'Pause',
  'monitor.resume': 'Resume',
  'monitor.step': 'One row',
  'monitor.speed': 'speed',
  'monitor.progress': '{position} of {length} rows',
  'monitor.done': 'Replayed all {length} rows',
  'monitor.close': 'Close',
  'monitor.alerts': 'Alerts ({n})',
  'monitor.noAlerts': 'No row above the threshold yet.',
  'monitor.alertRow': 'row {row}: score {score} ({rows} rows above the threshold)',
  'monitor.drivers': 'driven by {columns}',
  'monitor.jumpTitle': 'Show this alert on the chart (pauses the replay)',
  'monitor.chartLabel': 'Live monitor chart: {position} rows replayed, {alerts} alerts',
  'monitor.legend':
    'above; below, the score with the threshold (dashed, drag it), rows above it shaded, labelled ' +
    'anomalies marked in orange.',

  'value.oneOf': 'expected one of {values}',
  'value.bool': 'expected 1 or 0',
  'value.nan': 'not a number',
  'value.whole': 'expected a whole number',
  'value.range': 'expected {min} to {max}',
  'value.wholeList': 'expected whole numbers {min} to {max}, comma-separated',
  'value.groups': 'expected values in groups of {size}',
  'value.count': 'expected {min} to {max} values',

  'exclude.empty': 'every value is missing',
  'exclude.constant': 'it has a single value',
  'exclude.counter': 'it counts rows',
  'exclude.datetime': 'it is a date/time (it can order a time series)',
  'exclude.too-many-values': 'it has more than {max} different values (identifier-like)',
  'exclude.unique': 'every value is different (an identifier)',
  'exclude.too-many-categories': 'it has {distinct} categories (one-hot encoding stops at {max})',
  'exclude.exported': "it was added by this lab's export",

  'plan.problem.nothing-to-model':
    'The table has no numeric column and no usable categorical column, so there is nothing to model. ' +
    'Every column is excluded: see the reasons in the column table.',
  'plan.problem.series-needs-numeric': 'Time-series mode needs at least one included numeric column.',
  'plan.problem.no-feature': 'No feature column is included. Tick at least one column in the column table.',
  'plan.problem.single-label':
    'The label column "{column}" has a single value ("{value}"), so it cannot tell normal rows from ' +
    'anomalies. Pick another label column, or none.',
  'plan.problem.no-normal': 'Pick at least one value of "{column}" that counts as normal.',
  'plan.problem.all-normal':
    'Every value of "{column}" is marked normal; leave at least one value to count as anomalous.',
  'plan.problem.too-wide':
    'The chosen columns make {width} model inputs; the lab trains on at most {max}. Exclude some columns ' +
    'in the column table{window}.',
  'plan.problem.orShortenWindow': ' or shorten the window',
  'plan.problem.series-too-short': 'Time-series mode needs more rows ({rows}) than the window ({window}) plus two.',
  'plan.problem.no-table': 'Load a table first.',
  'plan.problem.series-missing-time':
    '{count} rows have no readable time in "{column}" (the first is file row {firstRow}), so their place ' +
    'in the series is unknown. Fill them in, remove those rows, or order the series by file order.',
  'plan.warning.series-unsorted':
    'The rows are not in time order in the file: {count} rows go back in time in "{column}" (the first ' +
    'is file row {firstRow}). The lab orders the series by "{column}"; sort a file by it before scoring ' +
    'it here later, since new files are read in file order.',
  'plan.warning.series-repeated-time':
    '{count} rows repeat a time of "{column}" (the first is file row {firstRow}): two readings at one ' +
    'moment make windows that mix them in file order. Merge or drop the repeats if they are duplicates.',
  'plan.warning.series-gaps':
    'The series has {count} gaps in "{column}" longer than three usual steps (the usual step is {usual}, ' +
    'the longest gap {longest}; the first after file row {firstRow}). Windows across a gap join readings ' +
    'that are far apart in time: expect high scores there.',
  'plan.problem.savedPlan': 'the saved column plan no longer fits.',
  'plan.warning.unique-text':
    'Every feature is a text column whose values are mostly different from row to row ({columns}). ' +
    'One-hot encoded, each value is seen once or twice, so the model can only memorise rows: expect ' +
    'scores that mostly say how rare a value is. Add numeric columns, or columns with a few repeated ' +
    'categories.',

  'schema.missing-column':
    'The column "{column}" the model reads is missing from this file; it cannot be scored without it.',
  'schema.extra-column': 'The column "{column}" was not in the training data; it is ignored.',
  'schema.type-change':
    'The column "{column}" was numeric in the training data but holds text here (e.g. "{example}", ' +
    '{count} of the first {rows} rows); those cells count as missing (training median).',
  'schema.new-category':
    'The column "{column}" has values the training data never had ({values}{more}); they encode as no known category.',
  'schema.more': ', {n} more',

  'load.utf16':
    'The file is encoded as UTF-16. Save it as CSV UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and drop it again.',
  'load.binary': 'The file looks like binary data, not text. Drop a .csv or .tsv file.',
  'load.empty': 'The file is empty.',
  'load.blank': 'The file holds only blank lines.',
  'load.badEncoding':
    'The file is not valid {encoding} (first bad byte on line {line}); affected characters show as �. ' +
    'Choose its encoding under "Encoding", or re-save it as UTF-8.',
  'load.json':
    'This file looks like JSON, not CSV. The lab reads delimited text: one row per line, the same number ' +
    'of fields in every row, separated by commas, semicolons or tabs, with an optional header row. ' +
    'Export the data as CSV (in a spreadsheet: Save as "CSV UTF-8"; from code, e.g. ' +
    'pandas.read_json(...).to_csv(...)) and drop that file.',
  'load.fewRows':
    'The table has only {rows} data rows; the lab needs at least {min} (some to learn what is normal ' +
    'from, the rest to score), and a detector worth trusting needs a few hundred.',
  'load.nothingToModel':
    'The table has no numeric column and no usable categorical column, so there is nothing to model. ' +
    'Every column is excluded: see the reasons in the column table.',
  'load.noRows': 'The file has no rows.',
  'load.headerOnly': 'The file has a header row but no data rows.',
  'load.ragged':
    'Most rows ({ragged} of {rows}) do not have the {width} fields of the first row; the file is not a regular table.',
  'load.oneColumn':
    'Only one column was found (read as {delimiter}-separated). The lab needs at least two columns; ' +
    'check the delimiter of the file.',
  'load.warn.raggedSkipped':
    '{ragged} row(s) with a different number of fields than the first row were skipped (first at row {first}).',
  'load.warn.unclosedQuote': 'A quote opened near row {row} is never closed; check the quoting of the file.',
  'load.warn.noHeader': 'No header row was found, so the columns are called column_1, column_2, …',
  'load.warn.unnamed': '{n} column(s) had no name and were called column_N.',
  'load.warn.duplicate': '{n} repeated column name(s) were given a _2, _3… suffix.',
  'load.warn.emptyColumn': 'Column "{column}" has no values (every cell is missing) and is left out.',
  'load.warn.decimalComma':
    'Column "{column}" looks like numbers with a decimal comma (such as 1,5); turn on "decimal comma" to ' +
    'read it as numbers.',
  'load.warn.infinite': 'Column "{column}": {n} infinite value(s) will be treated as missing.',
  'load.warn.textInNumeric': 'Column "{column}": {n} text value(s) in a numeric column will be treated as missing.',
  'load.warn.extreme':
    'Column "{column}" holds extreme values (up to {value}); they are scaled with care and clipped after scaling.',
  'load.fewRow':
    'The table has only 1 data row; the lab needs at least {min} (some to learn what is normal from, the ' +
    'rest to score), and a detector worth trusting needs a few hundred.',
} as const;
