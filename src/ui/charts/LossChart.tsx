import { specOf } from '../../core/detectors/registry';
import { useLab } from '../../store/labStore';
import { SeriesLegend } from './SeriesLegend';
import { SvgLineChart } from './SvgLineChart';
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
          <SvgLineChart
            data={epochLosses as unknown as Record<string, number | undefined>[]}
            xKey="epoch"
            xName={t('loss.xEpoch')}
            series={series}
            height={180}
            format={formatLoss}
            testId="loss-line"
          />
          <SeriesLegend series={series} latest={epochLosses[epochLosses.length - 1]} format={formatLoss} />
        </figure>
        <figure>
          <figcaption>{t('loss.perStep')}</figcaption>
          <SvgLineChart
            data={steps as unknown as Record<string, number | undefined>[]}
            xKey="step"
            xName={t('loss.xStep')}
            series={[{ key: 'loss', name: t('loss.stepLoss'), colour: '#64748b' }]}
            height={180}
            format={formatLoss}
            testId="step-loss-line"
          />
        </figure>
      </div>
    </section>
  );
}
