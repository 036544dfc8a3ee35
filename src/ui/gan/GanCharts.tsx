import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { thinCurve } from '../../core/detect/metrics';
import { ganHealth, pixelSpread } from '../../core/gan/health';
import { useLab } from '../../store/labStore';

/** Generator and discriminator loss, and what the discriminator believes, per step; plus health hints. */
export function GanCharts() {
  const stats = useLab((s) => s.ganStats);
  const latest = useLab((s) => s.ganSnapshots[s.ganSnapshots.length - 1]);
  const severalClasses = useLab((s) => s.config.gandata === 'all' || s.config.normal.length > 1);
  const phase = useLab((s) => s.ganPhase);
  const points = thinCurve(stats, 600);
  const hints = ganHealth(stats, latest?.likeness ?? null, latest ? pixelSpread(latest.images, 64) / 255 : null, severalClasses);
  return (
    <section className="card" data-testid="loss-chart" aria-label="GAN training curves">
      <h2>Adversarial training</h2>
      <div className="chart-pair">
        <figure data-testid="gan-loss-chart">
          <figcaption>losses per step</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="step" type="number" domain={[1, 'dataMax']} />
              <YAxis width={40} />
              <Tooltip formatter={(v) => Number(v).toFixed(3)} />
              <Legend />
              <Line type="linear" dataKey="dLoss" name="D loss" stroke="#dc2626" dot={false} isAnimationActive={false} />
              <Line type="linear" dataKey="gLoss" name="G loss" stroke="#2563eb" dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </figure>
        <figure data-testid="gan-belief-chart">
          <figcaption>mean D(x) on real digits and D(G(z)) on generated ones</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="step" type="number" domain={[1, 'dataMax']} />
              <YAxis width={40} domain={[0, 1]} />
              <Tooltip formatter={(v) => Number(v).toFixed(3)} />
              <Legend />
              <Line type="linear" dataKey="dReal" name="D(x) real" stroke="#16a34a" dot={false} isAnimationActive={false} />
              <Line type="linear" dataKey="dFake" name="D(G(z)) fake" stroke="#f97316" dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      </div>
      <p className="small muted">
        A healthy run hovers: D(x) a little above ½, D(G(z)) a little below, neither loss running away. The discriminator labels real digits
        with 1 − smoothing, which keeps it from becoming overconfident.
      </p>
      {phase && <p className="small" data-testid="gan-phase" role="status">{phase}</p>}
      {hints.length > 0 && (
        <ul className="gan-health" data-testid="gan-health">
          {hints.map((hint) => <li key={hint}>{hint}</li>)}
        </ul>
      )}
    </section>
  );
}
