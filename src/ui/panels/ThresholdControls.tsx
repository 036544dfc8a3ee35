import { useState } from 'react';
import type { LabConfig } from '../../core/config';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import type { Results } from '../../store/labState';
import { applyThresholdMethod, moveThreshold } from '../../store/thresholdIntents';
import { useT } from '../common/useT';

const sliderSteps = 1000;

type ParameterName = 'thresholdk' | 'thresholdp' | 'thresholdc';
const methodOf = { thresholdk: 'meanstd', thresholdp: 'percentile', thresholdc: 'contamination' } as const;

/** A method's parameter, kept in the configuration (and so in the URL) like every other setting. */
function Parameter({ name, label, step, max }: { name: ParameterName; label: string; step: number; max: number }) {
  const value = useLab((s) => s.config[name]);
  // The typed text is kept as typed ("2." stays "2."); an outside change (URL, reset) replaces it.
  const [draft, setDraft] = useState({ text: String(value), from: value });
  if (draft.from !== value && Number(draft.text) !== value) setDraft({ text: String(value), from: value });
  return (
    <label className="inline">
      {label}{' '}
      <input
        type="number"
        value={draft.text}
        step={step}
        min={0}
        max={max}
        data-testid={`threshold-${name.slice(-1)}`}
        onChange={(e) => {
          const next = Number(e.target.value);
          const valid = e.target.value !== '' && Number.isFinite(next) && next >= 0 && next <= max;
          setDraft({ text: e.target.value, from: valid ? next : value });
          if (!valid) return;
          updateConfig({ [name]: next } as Partial<LabConfig>);
          // The threshold in use follows its own parameter, so the URL never names a point not shown.
          if (useLab.getState().config.thresholdmethod === methodOf[name]) applyThresholdMethod(methodOf[name]);
        }}
      />
    </label>
  );
}

/** The threshold slider and the automatic methods; the chosen method is marked. */
export function ThresholdControls({ results, labelled }: { results: Results; labelled: boolean }) {
  const t = useT();
  const threshold = useLab((s) => s.threshold);
  const method = useLab((s) => s.config.thresholdmethod);
  const lowest = results.index.sorted[0];
  const highest = results.index.sorted[results.index.total - 1];
  const finiteRange = Number.isFinite(lowest) && Number.isFinite(highest);
  const step = finiteRange ? (highest - lowest) / sliderSteps || 1e-6 : 1e-6;
  const pressed = (m: LabConfig['thresholdmethod']) => ({ 'aria-pressed': method === m });

  return (
    <>
      <div className="threshold-row">
        <label>
          {t('threshold.label')}{' '}
          <strong data-testid="threshold-value" data-method={method}>
            {threshold.toPrecision(4)}
          </strong>
          <input
            type="range"
            data-testid="threshold-slider"
            min={finiteRange ? lowest : 0}
            max={finiteRange ? highest : 1}
            step={step}
            value={finiteRange ? Math.min(Math.max(threshold, lowest), highest) : 0}
            onChange={(e) => moveThreshold(Number(e.target.value))}
          />
        </label>
      </div>
      <div className="auto-thresholds">
        <span>{t('threshold.auto')}</span>
        <button
          type="button"
          data-testid="threshold-meanstd"
          {...pressed('meanstd')}
          onClick={() => applyThresholdMethod('meanstd')}
        >
          {t('threshold.meanstd')}
        </button>
        <Parameter name="thresholdk" label="k" step={0.5} max={10} />
        <button
          type="button"
          data-testid="threshold-percentile"
          {...pressed('percentile')}
          onClick={() => applyThresholdMethod('percentile')}
        >
          {t('threshold.percentile')}
        </button>
        <Parameter name="thresholdp" label="p" step={0.5} max={100} />
        <button
          type="button"
          data-testid="threshold-contamination"
          {...pressed('contamination')}
          title={t('threshold.contaminationTitle')}
          onClick={() => applyThresholdMethod('contamination')}
        >
          {t('threshold.contamination')}
        </button>
        <Parameter name="thresholdc" label="%" step={0.5} max={50} />
        {labelled && (
          <button
            type="button"
            data-testid="threshold-bestf1"
            {...pressed('bestf1')}
            onClick={() => applyThresholdMethod('bestf1')}
            title={t('threshold.bestf1Title')}
          >
            {t('threshold.bestf1')}
          </button>
        )}
        <small className="muted">{t('threshold.trainingOnly')}</small>
      </div>
    </>
  );
}
