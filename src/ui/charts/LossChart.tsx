import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { thinCurve } from '../../core/detect/metrics';
import { useLab } from '../../store/labStore';

const formatLoss = (v: number) => (Math.abs(v) >= 0.01 ? v.toFixed(3) : v.toExponential(1));

/** Train and validation loss per epoch, and the raw per-step loss. */
export function LossChart() {
  const epochLosses = useLab((s) => s.epochLosses);
  const stepLosses = useLab((s) => s.stepLosses);
  const steps = thinCurve(stepLosses, 600);
  return (
    <section className="card" data-testid="loss-chart" aria-label="Loss curves">
      <h2>Loss</h2>
      <div className="chart-pair">
        <figure>
          <figcaption>per epoch</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={epochLosses} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="epoch" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
              <YAxis tickFormatter={formatLoss} width={56} scale="log" domain={['auto', 'auto']} allowDataOverflow />
              <Tooltip formatter={(v) => formatLoss(Number(v))} />
              <Legend />
              <Line
                type="monotone"
                dataKey="train"
                name="train"
                stroke="#2563eb"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="validation"
                name="validation"
                stroke="#f97316"
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
        <figure>
          <figcaption>per step</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={steps} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="step" type="number" domain={[1, 'dataMax']} />
              <YAxis tickFormatter={formatLoss} width={56} scale="log" domain={['auto', 'auto']} allowDataOverflow />
              <Tooltip formatter={(v) => formatLoss(Number(v))} />
              <Line
                type="linear"
                dataKey="loss"
                name="step loss"
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
