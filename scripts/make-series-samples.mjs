// Builds the lab's two labelled synthetic sequence samples with a seeded generator (the same
// bytes on every machine): a multichannel sensor series with injected anomalies of documented
// kinds, and a wide table of heartbeats whose every row is one sequence. Runs at install and
// build (build-sample-tables.mjs calls it); nothing is downloaded.
//
// The anomaly kinds follow the seeds' taxonomy: a point anomaly (spike), contextual ones (a
// frequency change: normal values at the wrong rhythm) and collective ones (level shift, noise
// burst, flat-line: each value plausible, the run of them not).

/** mulberry32: a small, well-mixed 32-bit generator; enough for synthetic data. */
function generator(seed) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal, int: (low, high) => low + Math.floor(uniform() * (high - low + 1)) };
}

const round = (v, digits) => Number(v.toFixed(digits));

/** Sensor series: where and how each anomaly is injected, in hours from the start. */
export const seriesAnomalies = [
  { kind: 'spike', start: 230, length: 1, channel: 'temperature' },
  { kind: 'level_shift', start: 520, length: 36, channel: 'load' },
  { kind: 'noise_burst', start: 800, length: 18, channel: 'vibration' },
  { kind: 'frequency', start: 1090, length: 48, channel: 'temperature' },
  { kind: 'flatline', start: 1380, length: 30, channel: 'load' },
  { kind: 'spike', start: 1530, length: 1, channel: 'vibration' },
  { kind: 'level_shift', start: 1700, length: 30, channel: 'temperature' },
  { kind: 'noise_burst', start: 1910, length: 20, channel: 'load' },
  { kind: 'frequency', start: 2080, length: 40, channel: 'vibration' },
  { kind: 'flatline', start: 2260, length: 24, channel: 'temperature' },
  { kind: 'spike', start: 2330, length: 1, channel: 'load' },
];

const seriesHours = 2400;

/**
 * The same eleven anomalies (kind, length, channel) in a seeded order at seeded places, for tuning
 * series (bench/tuneSeries.ts): with the shipped timetable, a tuning series would hold its anomalies
 * at the very rows the sample does, and the same split seed would test the same blocks. At least
 * 100 normal hours lead, 20 end, and 40 part two anomalies, so no 16-row window covers rows of both.
 */
export function seededAnomalies(seed) {
  const random = generator(seed ^ 0x5eed5eed);
  const order = [...seriesAnomalies];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const lead = 100;
  const minGap = 40;
  const tail = 20;
  const spare = seriesHours - lead - tail - minGap * (order.length - 1) - order.reduce((sum, a) => sum + a.length, 0);
  // Spare hours shared out by uniform weights: before the first, between any two, after the last.
  const weights = Array.from({ length: order.length + 1 }, () => random.uniform());
  const total = weights.reduce((a, b) => a + b, 0);
  const extra = weights.map((w) => Math.floor((w / total) * spare));
  let at = lead;
  return order.map((a, i) => {
    at += extra[i] + (i > 0 ? minGap : 0);
    const placed = { ...a, start: at };
    at += a.length;
    return placed;
  });
}

/**
 * 2,400 hourly rows (100 days) of three channels: a temperature with a daily cycle and a slow
 * trend, an electrical load with two daily peaks and quieter weekends, a machine's vibration with
 * a 6-hour duty cycle. Columns: time, temperature, load, vibration, anomaly (normal or the kind).
 * `anomalies`: where each is injected (the shipped sample's timetable unless a tuning series).
 */
export function sensorSeries(seed = 20261124, anomalies = seriesAnomalies) {
  const random = generator(seed);
  const hours = seriesHours;
  const noise = { temperature: 0.4, load: 1.5, vibration: 0.04 };
  const rows = [];
  const start = Date.UTC(2026, 0, 5); // a Monday
  const during = (a, t) => t >= a.start && t < a.start + a.length;
  const frequencyOf = (t, channel) =>
    anomalies.find((a) => a.kind === 'frequency' && a.channel === channel && during(a, t));
  for (let t = 0; t < hours; t += 1) {
    const day = Math.floor(t / 24) % 7;
    const hour = t % 24;
    // A frequency anomaly runs the channel's cycle four times as fast (same range, wrong rhythm).
    const tempClock = frequencyOf(t, 'temperature') ? t * 4 : t;
    const vibClock = frequencyOf(t, 'vibration') ? t * 3 : t;
    const weekend = day >= 5 ? 0.7 : 1;
    const peaks = Math.exp(-((hour - 8) ** 2) / 6) + 0.8 * Math.exp(-((hour - 19) ** 2) / 8);
    rows.push({
      t,
      temperature:
        12 + 6 * Math.sin((2 * Math.PI * (tempClock - 9)) / 24) + (3 * t) / hours + noise.temperature * random.normal(),
      load: 40 + 30 * weekend * peaks + noise.load * random.normal(),
      vibration: 1 + 0.3 * Math.sin((2 * Math.PI * vibClock) / 6) + noise.vibration * random.normal(),
      anomaly: 'normal',
    });
  }
  for (const a of anomalies) {
    const spread = { temperature: 6, load: 30, vibration: 0.3 }[a.channel];
    const sign = random.uniform() < 0.5 ? -1 : 1;
    const held = rows[a.start - 1][a.channel];
    for (let t = a.start; t < a.start + a.length; t += 1) {
      const row = rows[t];
      if (a.kind === 'spike') row[a.channel] += sign * 1.6 * spread;
      if (a.kind === 'level_shift') row[a.channel] += 0.8 * spread;
      if (a.kind === 'noise_burst') row[a.channel] += 8 * noise[a.channel] * random.normal();
      if (a.kind === 'flatline') row[a.channel] = held;
      row.anomaly = a.kind;
    }
  }
  const header = 'time,temperature,load,vibration,anomaly';
  const lines = rows.map((r) =>
    [
      new Date(start + r.t * 3600_000).toISOString().slice(0, 16).replace('T', ' '),
      round(r.temperature, 2),
      round(r.load, 1),
      round(r.vibration, 3),
      r.anomaly,
    ].join(','),
  );
  return `${header}\n${lines.join('\n')}\n`;
}

/**
 * 600 heartbeats of 64 samples each (t0..t63), one per row: a P wave, a QRS complex and a T wave
 * as Gaussian bumps with beat-to-beat jitter. 60 are abnormal: premature (QRS early, no P),
 * inverted T, widened QRS, or a noisy recording. Column `label`: normal or the kind.
 */
export function heartbeats(seed = 5000) {
  const random = generator(seed);
  const steps = 64;
  const kinds = ['premature', 'inverted_t', 'wide_qrs', 'noisy'];
  const count = 600;
  const abnormalEvery = 10;
  const bump = (t, centre, width, height) => height * Math.exp(-((t - centre) ** 2) / (2 * width * width));
  const lines = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % abnormalEvery === 7 ? kinds[Math.floor(i / abnormalEvery) % kinds.length] : 'normal';
    const shift = random.normal() * 0.8;
    const scale = 1 + 0.08 * random.normal();
    const p = kind === 'premature' ? 0 : 0.15 * scale;
    const qrsAt = (kind === 'premature' ? 18 : 24) + shift;
    const qrsWidth = kind === 'wide_qrs' ? 3.2 : 1.3;
    const tHeight = (kind === 'inverted_t' ? -0.3 : 0.3) * scale;
    const noise = kind === 'noisy' ? 0.12 : 0.025;
    const values = [];
    for (let t = 0; t < steps; t += 1) {
      const v =
        bump(t, 12 + shift, 2.5, p) +
        bump(t, qrsAt - 2.5, 0.9, -0.15 * scale) +
        bump(t, qrsAt, qrsWidth, scale) +
        bump(t, qrsAt + 2.5, 0.9, -0.2 * scale) +
        bump(t, 42 + shift, 4, tHeight) +
        noise * random.normal();
      values.push(round(v, 4));
    }
    lines.push([...values, kind].join(','));
  }
  const header = [...Array.from({ length: steps }, (_, t) => `t${t}`), 'label'].join(',');
  return `${header}\n${lines.join('\n')}\n`;
}
