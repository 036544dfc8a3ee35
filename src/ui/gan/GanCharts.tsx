import { ganHealth, healthWindow, pixelSpread, type GanStepStats } from '../../core/gan/health';
import { useLab } from '../../store/labStore';
import { SeriesLegend } from '../charts/SeriesLegend';
import { SvgLineChart } from '../charts/SvgLineChart';
import { PanelTitle } from '../teach/HelpNote';
import { useT } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

type Line = { key: keyof GanStepStats; name: string; colour: string };
const lossLines: (Line & { name: MessageKey })[] = [
  { key: 'dLoss', name: 'gan.dLoss', colour: '#dc2626' },
  { key: 'gLoss', name: 'gan.gLoss', colour: '#2563eb' },
];
const beliefLines: (Line & { name: MessageKey })[] = [
  { key: 'dReal', name: 'gan.dReal', colour: '#16a34a' },
  { key: 'dFake', name: 'gan.dFake', colour: '#f97316' },
];

function StatChart(props: {
  testId: string;
  caption: string;
  stepName: string;
  points: GanStepStats[];
  lines: Line[];
  domain?: [number, number];
}) {
  return (
    <figure data-testid={props.testId}>
      <figcaption>{props.caption}</figcaption>
      <SvgLineChart
        data={props.points as unknown as Record<string, number | undefined>[]}
        xKey="step"
        xName={props.stepName}
        series={props.lines}
        height={180}
        format={(v) => v.toFixed(3)}
        testId={`${props.testId}-line`}
        scale="linear"
        domain={props.domain}
      />
      <SeriesLegend series={props.lines} latest={props.points[props.points.length - 1]} format={(v) => v.toFixed(3)} />
    </figure>
  );
}

/** Generator and discriminator loss, and what the discriminator believes, per step; plus health hints. */
export function GanCharts() {
  const t = useT();
  const stats = useLab((s) => s.ganStats);
  const latest = useLab((s) => s.ganSnapshots[s.ganSnapshots.length - 1]);
  const severalClasses = useLab((s) => s.config.gandata === 'all' || s.config.normal.length > 1);
  const phase = useLab((s) => s.ganPhase);
  const points = stats.thin(600);
  const last = stats.last();
  const named = (lines: (Line & { name: MessageKey })[]): Line[] => lines.map((l) => ({ ...l, name: t(l.name) }));
  const hints = ganHealth(
    stats.tail(healthWindow),
    latest?.likeness ?? null,
    latest ? pixelSpread(latest.images, 64) / 255 : null,
    severalClasses,
  );
  return (
    <section className="card" data-testid="loss-chart" aria-label={t('gan.region')}>
      <PanelTitle panel="gan">{t('gan.title')}</PanelTitle>
      {last && (
        <p className="chart-summary" data-testid="gan-summary">
          {t('gan.summary', {
            step: last.step,
            d: last.dLoss.toFixed(3),
            g: last.gLoss.toFixed(3),
            real: last.dReal.toFixed(3),
            fake: last.dFake.toFixed(3),
          })}
        </p>
      )}
      <div className="chart-pair">
        <StatChart
          testId="gan-loss-chart"
          caption={t('gan.lossCaption')}
          stepName={t('loss.xStep')}
          points={points}
          lines={named(lossLines)}
        />
        <StatChart
          testId="gan-belief-chart"
          caption={t('gan.beliefCaption')}
          stepName={t('loss.xStep')}
          points={points}
          lines={named(beliefLines)}
          domain={[0, 1]}
        />
      </div>
      <p className="small muted">{t('gan.healthy')}</p>
      {phase && (
        <p className="small" data-testid="gan-phase" role="status">
          {phase.id === 'encoder'
            ? t('gan.phase.encoder', { step: phase.step, total: phase.total })
            : t(phase.id === 'scoring-disc' ? 'gan.phase.scoringDisc' : 'gan.phase.scoringEncoder')}
        </p>
      )}
      {hints.length > 0 && (
        <ul className="gan-health" data-testid="gan-health">
          {hints.map((hint) => (
            <li key={hint}>{t(`gan.hint.${hint}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
