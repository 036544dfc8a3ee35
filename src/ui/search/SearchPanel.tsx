import { useState } from 'react';
import { serialise } from '../../core/config';
import { specOf } from '../../core/detectors/registry';
import { applySearchBest, pauseSearch, resumeSearch, startSearch, stopSearch } from '../../store/searchIntents';
import { bestTrial, type SearchTrial } from '../../store/searchSlice';
import { splitKey } from '../../store/leaderboardIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { ConfigControl } from '../panels/ConfigControl';
import { useT, useWords } from '../common/useT';

type SortKey = 'order' | 'value' | 'seconds';

/**
 * The automatic search of settings for the detector in view: trials appear as they finish, sortable;
 * the best one's settings become the configuration (and the link) with one click.
 */
export function SearchPanel() {
  const t = useT();
  const words = useWords();
  const search = useLab((s) => s.search);
  const model = useLab((s) => s.config.model);
  const split = useLab((s) => splitKey(s.config));
  const busy = useLab(isRunning);
  const [sort, setSort] = useState<SortKey>('order');
  const current = search && search.model === model && search.split === split ? search : null;
  const going = current?.status === 'running' || current?.status === 'paused';
  const best = current ? bestTrial(current.trials) : null;
  const criterion = current?.trials[0]?.criterion;
  const ordered = current ? sortedTrials(current.trials, sort) : [];
  const title = t('search.title', { detector: words.of(specOf(model)).label });
  return (
    <section className="card search" aria-label={title}>
      <h2>{title}</h2>
      <p className="small">{t('search.intro')}</p>
      <div className="row">
        <ConfigControl name="searchbudget" disabled={going || busy} />
      </div>
      <div className="buttons">
        <button type="button" data-testid="search-start" disabled={going || busy} onClick={() => void startSearch()}>
          {t('search.start')}
        </button>
        {going && (
          <>
            {current.status === 'paused' ? (
              <button type="button" data-testid="search-resume" onClick={resumeSearch}>
                {t('search.resume')}
              </button>
            ) : (
              <button type="button" data-testid="search-pause" onClick={pauseSearch}>
                {t('search.pause')}
              </button>
            )}
            <button type="button" data-testid="search-stop" onClick={stopSearch}>
              {t('search.stop')}
            </button>
          </>
        )}
      </div>
      {current && (
        <p className="small" data-testid="search-status" data-status={current.status} data-done={current.trials.length}>
          {t(`search.status.${current.status}`, { done: current.trials.length, budget: current.budget })}
          {criterion && ` ${t(`search.criterion.${criterion}`)}`}
        </p>
      )}
      {ordered.length > 0 && (
        <table className="search-trials">
          <thead>
            <tr>
              <th>
                <button type="button" data-testid="search-sort-order" onClick={() => setSort('order')}>
                  #
                </button>
              </th>
              <th>{t('search.settings')}</th>
              <th>
                <button type="button" data-testid="search-sort-value" onClick={() => setSort('value')}>
                  {criterion ? t(`search.criterionShort.${criterion}`) : ''}
                </button>
              </th>
              <th>
                <button type="button" data-testid="search-sort-seconds" onClick={() => setSort('seconds')}>
                  {t('search.seconds')}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map(({ trial, index }) => (
              <tr
                key={index}
                data-testid="search-trial"
                data-criterion={trial.criterion}
                data-value={Number.isFinite(trial.value) ? trial.value : ''}
                aria-current={trial === best ? 'true' : undefined}
              >
                <td>{index + 1}</td>
                <td className="small">
                  {Object.entries(trial.settings)
                    .map(([name, value]) => `${name}=${serialise(value)}`)
                    .join(' ')}
                </td>
                <td>{Number.isFinite(trial.value) ? trial.value.toFixed(4) : '—'}</td>
                <td>{trial.seconds.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {best && (
        <button type="button" data-testid="search-apply" disabled={going} onClick={applySearchBest}>
          {t('search.apply')}
        </button>
      )}
    </section>
  );
}

function sortedTrials(trials: readonly SearchTrial[], sort: SortKey) {
  const rows = trials.map((trial, index) => ({ trial, index }));
  if (sort === 'order') return rows;
  const higherBetter = trials[0]?.criterion === 'validation-auroc';
  const key = (t: SearchTrial) => (sort === 'seconds' ? t.seconds : Number.isFinite(t.value) ? t.value : -Infinity);
  return rows.sort((a, b) =>
    sort === 'value' && higherBetter ? key(b.trial) - key(a.trial) : key(a.trial) - key(b.trial),
  );
}
