import { encodingLabels, textEncodings, type EncodingChoice } from '../../core/data/csv/encoding';
import { useState } from 'react';
import {
  cancelTableLoad,
  decimalCommaOn,
  encodingChoice,
  setEncoding,
  loadTableFile,
  setDecimalComma,
} from '../../store/tableClient';
import { loadSampleTable, sampleTables } from '../../store/sampleTables';
import { isRunning, useLab } from '../../store/labStore';
import { useT } from '../common/useT';
import { PanelTitle } from '../teach/HelpNote';

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
    <section className="card" aria-label="Table">
      <PanelTitle panel="csv">Data: your table</PanelTitle>
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
          <strong>Drop a CSV file here</strong> (or anywhere on the page)
        </p>
        <label className="file-pick">
          or pick one
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
        <small className="muted">The file is read in this tab only; nothing is uploaded.</small>
      </div>
      {tableLoad && (
        <div className="load-row">
          <span>
            Reading {tableLoad.fileName}… {Math.round(tableLoad.progress * 100)}%
          </span>
          <progress
            data-testid="csv-progress"
            max={1}
            value={tableLoad.progress}
            aria-label={`Loading ${tableLoad.fileName}`}
          />
          <button type="button" data-testid="csv-cancel" onClick={cancelTableLoad}>
            Cancel
          </button>
        </div>
      )}
      <details className="paste">
        <summary>Paste CSV text</summary>
        <textarea
          data-testid="csv-paste"
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder={'a,b,label\n1,2,ok\n…'}
        />
        <button
          type="button"
          data-testid="csv-paste-load"
          disabled={!pasted.trim() || !!tableLoad || busy}
          onClick={() => void loadTableFile(new Blob([pasted], { type: 'text/csv' }), 'pasted.csv')}
        >
          Load pasted text
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
      <label className="inline" title="Read 1.234,5 as 1234.5 (European spreadsheets); the file is parsed again">
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
        decimal comma
      </label>{' '}
      <label className="inline" title="How the file's bytes become characters; the file is read again">
        Encoding{' '}
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
          <option value="auto">detect</option>
          {textEncodings.map((name) => (
            <option key={name} value={name}>
              {encodingLabels[name]}
            </option>
          ))}
        </select>
      </label>
      {summary && (
        <p className="small" data-testid="table-summary">
          <strong>{summary.fileName}</strong>: {summary.rowCount.toLocaleString()} rows × {summary.header.length}{' '}
          columns,{' '}
          {{ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[summary.delimiter] ?? summary.delimiter}
          -separated
          {summary.hadHeader ? '' : ', no header row'}
          {summary.encoding && (
            <>
              , read as{' '}
              <span data-testid="csv-encoding-used" data-encoding={summary.encoding.name}>
                {encodingLabels[summary.encoding.name]}
              </span>
              {summary.encoding.detected ? ' (detected)' : ' (chosen)'}
            </>
          )}
        </p>
      )}
    </section>
  );
}
