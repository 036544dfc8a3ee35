import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { specOf } from '../../core/detectors/registry';
import { useLab } from '../../store/labStore';
import { SeriesLegend } from './SeriesLegend';
import { PanelTitle } from '../teach/HelpNote';
import { useT } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

const palette = ['#2563eb', '#f97316', '#16a34a', '#9333ea', '#dc2626', '#0891b2'];
const seriesKeys: Partial<Record<string, MessageKey>> = {
  kl: 'loss.kl',
  train: 'loss.train',
  validation: 'loss.validation',
};

// A VAE's summed NLL is in the tens to hundreds, an MSE in thousandths: digits that fit the 56 px axis either way.
const formatLoss = (v: number) =>
  Math.abs(v) >= 100
    ? v.toFixed(0)
    : Math.abs(v) >= 1
      ? v.toFixed(2)
      : Math.abs(v) >= 0.01
        ? v.toFixed(3)
        : v.toExponential(1);

/** The detector's series per epoch (train and validation loss, and any parts of the loss), and the raw per-step loss. */
export function LossChart() {
  const t = useT();
  const epochLosses = useLab((s) => s.epochLosses);
  const stepLosses = useLab((s) => s.stepLosses);
  const names = useLab((s) => specOf(s.config.model).series);
  const series = names.map((key, i) => {
    const label = seriesKeys[key];
    return { key, name: label ? t(label) : key, colour: palette[i % palette.length] };
  });
  const last = epochLosses[epochLosses.length - 1];
  const summary = last
    ? t('loss.summary', {
        epoch: last.epoch,
        parts: series
          .filter((s) => typeof last[s.key] === 'number')
          .map((s) => `${s.name} ${formatLoss(last[s.key] as number)}`)
          .join(', '),
      })
    : t('loss.summaryEmpty');
  const steps = stepLosses.thin(600);
  return (
    <section className="card" data-testid="loss-chart" aria-label={t('loss.region')}>
      <PanelTitle panel="loss">{t('loss.title')}</PanelTitle>
      <p className="chart-summary" data-testid="loss-summary">
        {summary}
      </p>
      <div className="chart-pair">
        <figure>
          <figcaption>{t('loss.perEpoch')}</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={epochLosses} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="epoch" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
              <YAxis tickFormatter={formatLoss} width={56} scale="log" domain={['auto', 'auto']} allowDataOverflow />
              <Tooltip formatter={(v) => formatLoss(Number(v))} />
              {series.map((line) => (
                <Line
                  key={line.key}
                  type="monotone"
                  dataKey={line.key}
                  name={line.name}
                  stroke={line.colour}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
          <SeriesLegend series={series} latest={epochLosses[epochLosses.length - 1]} format={formatLoss} />
        </figure>
        <figure>
          <figcaption>{t('loss.perStep')}</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={steps} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="step" type="number" domain={[1, 'dataMax']} />
              <YAxis tickFormatter={formatLoss} width={56} scale="log" domain={['auto', 'auto']} allowDataOverflow />
              <Tooltip formatter={(v) => formatLoss(Number(v))} />
              <Line
                type="linear"
                dataKey="loss"
                name={t('loss.stepLoss')}
                stroke="#64748b"
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      </div>
    </section>
  );
}
