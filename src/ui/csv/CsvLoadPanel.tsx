import { encodingLabels, textEncodings, type EncodingChoice } from '../../core/data/csv/encoding';
import { useState } from 'react';
import {
  cancelTableLoad,
  decimalCommaOn,
  encodingChoice,
  setEncoding,
  loadTableFile,
  setDecimalComma,
} from '../../store/tableIntents';
import { loadSampleTable, sampleTables } from '../../store/sampleTables';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { useT } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';
import { PanelTitle } from '../teach/HelpNote';

const delimiterKeys: Record<string, MessageKey> = {
  ',': 'delimiter.comma',
  ';': 'delimiter.semicolon',
  '\t': 'delimiter.tab',
  '|': 'delimiter.pipe',
};

/** Getting a table in: drop, pick, paste or a sample; progress and Cancel while it parses. */
export function CsvLoadPanel() {
  const t = useT();
  const tableLoad = useLab((s) => s.tableLoad);
  const summary = useLab((s) => s.tableSummary);
  const busy = useLab(isRunning);
  const [dragOver, setDragOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const [decimalComma, setDecimalCommaState] = useState(decimalCommaOn());
  const [encoding, setEncodingState] = useState(encodingChoice());

  return (
    <section className="card" aria-label={t('csv.region')}>
      <PanelTitle panel="csv">{t('csv.title')}</PanelTitle>
      <div
        className={dragOver ? 'drop-zone over' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragOver(false);
          const file = e.dataTransfer.files[0];
          if (file) void loadTableFile(file, file.name);
        }}
      >
        <p>
          <strong>{t('csv.drop')}</strong> {t('csv.dropAnywhere')}
        </p>
        <label className="file-pick">
          {t('csv.pick')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            data-testid="csv-input"
            disabled={!!tableLoad || busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void loadTableFile(file, file.name);
              e.target.value = '';
            }}
          />
        </label>
        <small className="muted">{t('csv.private')}</small>
      </div>
      {tableLoad && (
        <div className="load-row">
          <span>{t('csv.reading', { file: tableLoad.fileName, percent: Math.round(tableLoad.progress * 100) })}</span>
          <progress
            data-testid="csv-progress"
            max={1}
            value={tableLoad.progress}
            aria-label={t('csv.loading', { file: tableLoad.fileName })}
          />
          <button type="button" data-testid="csv-cancel" onClick={cancelTableLoad}>
            {t('csv.cancel')}
          </button>
        </div>
      )}
      <details className="paste">
        <summary>{t('csv.paste')}</summary>
        <textarea
          data-testid="csv-paste"
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder={t('csv.pastePlaceholder')}
        />
        <button
          type="button"
          data-testid="csv-paste-load"
          disabled={!pasted.trim() || !!tableLoad || busy}
          onClick={() => void loadTableFile(new Blob([pasted], { type: 'text/csv' }), 'pasted.csv')}
        >
          {t('csv.pasteLoad')}
        </button>
      </details>
      <div className="samples">
        <span className="muted small">{t('sample.try')}</span>
        {sampleTables.map((s) => (
          <button
            key={s.id}
            type="button"
            data-testid={`sample-${s.id}`}
            title={t(`sample.${s.id}.hint`)}
            disabled={!!tableLoad || busy}
            onClick={() => void loadSampleTable(s.id)}
          >
            {t(`sample.${s.id}.title`)}
          </button>
        ))}
      </div>
      <label className="inline" title={t('csv.decimalCommaTitle')}>
        <input
          type="checkbox"
          data-testid="decimal-comma"
          checked={decimalComma}
          disabled={!!tableLoad || busy}
          onChange={(e) => {
            setDecimalCommaState(e.target.checked);
            void setDecimalComma(e.target.checked);
          }}
        />
        {t('csv.decimalComma')}
      </label>{' '}
      <label className="inline" title={t('csv.encodingTitle')}>
        {t('csv.encoding')}{' '}
        <select
          data-testid="csv-encoding"
          value={encoding}
          disabled={!!tableLoad || busy}
          onChange={(e) => {
            const choice = e.target.value as EncodingChoice;
            setEncodingState(choice);
            void setEncoding(choice);
          }}
        >
          <option value="auto">{t('csv.detect')}</option>
          {textEncodings.map((name) => (
            <option key={name} value={name}>
              {encodingLabels[name]}
            </option>
          ))}
        </select>
      </label>
      {summary && (
        <p className="small" data-testid="table-summary">
          <strong>{summary.fileName}</strong>:{' '}
          {t('csv.summary', {
            rows: summary.rowCount,
            columns: summary.header.length,
            delimiter: delimiterKeys[summary.delimiter] ? t(delimiterKeys[summary.delimiter]) : summary.delimiter,
          })}
          {summary.hadHeader ? '' : t('csv.noHeader')}
          {summary.encoding && (
            <>
              {t('csv.readAs')}{' '}
              <span data-testid="csv-encoding-used" data-encoding={summary.encoding.name}>
                {encodingLabels[summary.encoding.name]}
              </span>
              {summary.encoding.detected ? t('csv.detected') : t('csv.chosen')}
            </>
          )}
        </p>
      )}
    </section>
  );
}
