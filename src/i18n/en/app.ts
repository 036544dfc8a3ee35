/**
 * English messages of the app around the lab: header, training controls, detectors and their
 * settings, the GAN studio, charts of a run.
 */
export const enApp = {
  'app.title': 'Anomaly Lab',
  'app.tagline':
    'Train an autoencoder on what you call normal, on MNIST digits, Fashion-MNIST or your own table; ' +
    'see what it finds odd. Everything runs in this tab.',
  'app.datasets': 'Dataset',

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

  'model.title': 'Model',
  'model.notAccepted':
    'The {detector} models square images (MNIST, Fashion-MNIST, or a table whose rows are images); for ' +
    'this table use the dense autoencoder.',
  'model.sized':
    'Fields marked "sized for table" were left at their MNIST default, so this table sets them: hidden ' +
    '[{layers}], latent {latent}, batch {batch}, {epochs} epochs. Type a value to choose your own.',
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
  'loss.xEpoch': 'epoch',
  'loss.xStep': 'step',
  'loss.kl': 'KL divergence',
  'loss.train': 'train',
  'loss.validation': 'validation',
  'loss.summary': 'After epoch {epoch}: {parts}.',
  'loss.summaryEmpty': 'No epoch finished yet.',

  'badge.skipped': '{name} skipped: {reason}',
  'badge.first': '{name} is the first choice and works here.',
  'badge.choosing': 'Choosing a backend…',
  'badge.starting': 'starting…',
  'badge.measured': 'Measured for the {detector}: {name} trains it fastest here (training items per second).',
  'badge.remembered': 'Measured on an earlier visit for the {detector}: {name} trains it fastest here.',
  'badge.rate': '{rate} items/s',
  'badge.software': '(software adapter: a CPU drawing as a GPU)',
  'badge.threads': 'WASM computes on {count} threads (the page is cross-origin isolated).',
  'badge.oneThread':
    'WASM computes on one thread: the page is not cross-origin isolated (reload once the lab is installed).',
  'badge.remeasure': 'Measure again',

  'alert.dismissError': 'Dismiss error',
  'alert.dismissNotice': 'Dismiss notice',

  'decoded.afterFirstEpoch': 'Appears after the first epoch.',

  'feedbackButtons.anomaly': 'confirmed anomaly',
  'feedbackButtons.normal': 'actually normal',

  'gan.region': 'GAN training curves',
  'gan.title': 'Adversarial training',
  'gan.dLoss': 'D loss',
  'gan.gLoss': 'G loss',
  'gan.dReal': 'D(x) real',
  'gan.dFake': 'D(G(z)) fake',
  'gan.lossCaption': 'losses per step',
  'gan.beliefCaption': 'mean D(x) on real digits and D(G(z)) on generated ones',
  'gan.healthy':
    'A healthy run hovers: D(x) a little above ½, D(G(z)) a little below, neither loss running away. The ' +
    'discriminator labels real digits with 1 − smoothing, which keeps it from becoming overconfident.',
  'gan.summary': 'Step {step}: D loss {d}, G loss {g}, D(x) {real}, D(G(z)) {fake}.',

  'grid.region': 'Generated digits',
  'grid.title': 'Generated digits',
  'grid.step': 'step {step}',
  'grid.empty':
    'Press Train: the generator starts from noise and this 8×8 grid (always the same 64 noise vectors) ' +
    'shows what it makes.',
  'grid.pickTitle': 'Pick two digits to interpolate between them',
  'grid.sample': 'generated sample {n}',
  'grid.history': 'History: snapshot {n} of {total}',
  'grid.scoreTitle':
    "exp(mean KL(p(y|x) || p(y))) with the lab's MNIST classifier: 1 = all alike or unreadable, 10 = " +
    'confident and evenly spread; real digits score about 8',
  'grid.score': 'classifier score',
  'grid.reads': 'what the classifier reads in the grid (confidence {percent}%)',
  'grid.classesLabel': 'Predicted classes of the generated digits',
  'grid.classTitle': '{count} of {total} look like a {digit}',

  'overlay.region': 'ROC curves',
  'overlay.caption': 'ROC curves of {n} detector(s)',

  'models.title': 'My models',
  'models.refuseUntrained': 'Train a detector first; a finished run can be saved.',
  'models.refuseShown': 'Show the trained detector again (leaderboard) to save it.',
  'models.nameLabel': 'Name of the model to save',
  'models.namePlaceholder': 'Model name',
  'models.save': 'Save',
  'models.exportTitle':
    'A zip to score records outside the lab: the project, the scorer module, the preprocessing and, for ' +
    'an autoencoder or a GAN, its TensorFlow.js networks',
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
    'Opened without its data: it was trained on {file} ({rows} rows). Score new files with it below; to ' +
    'see its scores, histogram and metrics on that file again, drop the file in this view and open the ' +
    'model once more.',

  'box.summary':
    '{name}, training rows: median {median}, quartiles {q1} to {q3}, whiskers {low} to {high}, ' +
    '{outliers} outside the fences',

  'list.or': ' or ',

  'models.suggested': '{detector} on {data}',
  'models.aTable': 'a table',
  'models.imageData': '{set}, normal {classes}',

  'gan.hint.discriminator-wins':
    'The discriminator is winning outright (D loss near 0, D(G(z)) near 0): the generator gets no useful ' +
    'gradient. Lower the D learning rate, raise label smoothing, or give the generator more steps.',
  'gan.hint.generator-explodes':
    'The generator loss is exploding: it cannot fool the discriminator at all. Try a lower D learning ' +
    'rate or fewer D steps per G step.',
  'gan.hint.mode-collapse':
    'The samples all look alike (mode collapse). Restart with another seed, a lower learning rate or ' +
    'more label smoothing.',
  'gan.phase.scoringDisc': 'Scoring with the discriminator…',
  'gan.phase.encoder': 'Training the encoder (f-AnoGAN): step {step}/{total}…',
  'gan.phase.scoringEncoder': 'Scoring with the encoder…',

  'size.warning':
    'The model has {weights} weights but learns from only {rows} ({values} values), so it can memorise ' +
    'them: expect near-zero training error and scores that say little about new rows. A few hundred rows ' +
    'make a detector worth trusting; a smaller model (fewer hidden units, a narrower latent) memorises ' +
    'less.',
  'size.trainingRow': '{n} training row',
  'size.trainingRows': '{n} training rows',

  'train.diverged':
    'The loss became NaN or infinite, so training stopped and the last good weights were kept. Try a ' +
    'lower learning rate or a smaller batch size.',
  'train.ganDiverged':
    'A GAN loss became NaN or infinite, so training stopped and both networks went back to the last ' +
    'snapshot. Try a lower learning rate.',
  'train.encoderDiverged': 'The encoder loss became NaN or infinite; the encoder keeps its last good weights.',

  'project.not-project': 'This is not an anomaly lab project file (it does not start as one does).',
  'project.newer':
    'This project was saved by a newer version of the lab (format {version}); this one reads format ' +
    '{supported}. Open it in the newer lab.',
  'project.incomplete':
    'The project file is incomplete or damaged ({length} characters could not be read as a project); was ' +
    'its download cut short? Save it again.',
  'project.checksum': 'The project file is damaged: its content does not match its checksum. Save it again.',
  'project.invalid': 'The project file is damaged: {detail}',
} as const;
