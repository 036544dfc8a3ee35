import { useEffect, type ReactNode } from 'react';
import { openOfferedStart } from '../store/pretrainedIntents';
import { HeaderTools } from './common/HeaderTools';
import { useT, useWords } from './common/useT';
import { PretrainedBanner } from './project/PretrainedBanner';
import { LessonPanel } from './teach/Lessons';
import { startTraining, switchDataset } from '../store/trainingIntents';
import { initLab } from '../store/labIntents';
import { useLab } from '../store/labStore';
import { activeViews, isRunning, tableInView } from '../store/selectors';
import { ManifoldGrid, PriorGrid } from './grids/DecodedGrid';
import { useShallow } from 'zustand/react/shallow';
import { sources } from '../core/sources/registry';
import { LossChart } from './charts/LossChart';
import { LatentScatter } from './charts/LatentScatter';
import { BackendBadge } from './common/BackendBadge';
import { ErrorAlert, Notices, RecoveryNotice } from './common/Messages';
import { watchFaults } from '../store/recovery';
import { AnomalyTable } from './csv/AnomalyTable';
import { CsvLoadPanel } from './csv/CsvLoadPanel';
import { ScoreFilePanel } from './csv/ScoreFilePanel';
import { ModelOnlyCard } from './project/ModelOnlyCard';
import { SeriesChart } from './csv/SeriesChart';
import { SequenceChart } from './csv/SequenceChart';
import { TablePlanPanel } from './csv/TablePlanPanel';
import { MonitorPanel } from './monitor/MonitorPanel';
import { usePageDrop } from './csv/usePageDrop';
import { Leaderboard } from './leaderboard/Leaderboard';
import { GanCharts } from './gan/GanCharts';
import { GanGrid } from './gan/GanGrid';
import { Interpolation } from './gan/Interpolation';
import { DigitGallery } from './grids/DigitGallery';
import { SampleGrid } from './grids/SampleGrid';
import { DataPanel } from './panels/DataPanel';
import { DetectPanel } from './panels/DetectPanel';
import { ProbePanel } from './probe/ProbePanel';
import { PlaygroundPanel } from './playground/PlaygroundPanel';
import { ToyPanel } from './playground/ToyPanel';
import { ModelPanel } from './panels/ModelPanel';
import { TrainPanel } from './panels/TrainPanel';
import { ModelsPanel } from './project/ModelsPanel';
import { FeedbackPanel } from './feedback/FeedbackPanel';
import { LabelQueue } from './labels/LabelQueue';
import { SearchPanel } from './search/SearchPanel';

// Module-level so React's development double-mount cannot start two runs.
let autostartHandled = false;

function DatasetTabs() {
  const t = useT();
  const words = useWords();
  const dataset = useLab((s) => s.config.dataset);
  const busy = useLab(isRunning);
  return (
    <nav className="dataset-tabs" aria-label={t('app.datasets')}>
      {sources.map((source) => (
        <button
          key={source.id}
          type="button"
          data-testid={`dataset-${source.id}`}
          aria-pressed={dataset === source.id}
          disabled={busy}
          onClick={() => void switchDataset(source.id).then(openOfferedStart)}
        >
          {words.of(source).label}
        </button>
      ))}
    </nav>
  );
}

/** Folded in presenter mode: the advanced panels stay one click away without crowding the screen. */
function Advanced({ title, children }: { title: string; children: ReactNode }) {
  const present = useLab((s) => s.config.present);
  if (!present) return children;
  return (
    <details className="advanced">
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function App() {
  const t = useT();
  const present = useLab((s) => s.config.present);
  const table = useLab(tableInView);
  const views = useLab(useShallow(activeViews));
  const generates = views.includes('generated-grid');
  usePageDrop();
  useEffect(() => {
    // Presenter mode scales every rem on the page, charts' labels included.
    document.documentElement.classList.toggle('present', present);
  }, [present]);
  useEffect(() => {
    const autostart =
      // A table's run waits for its file: a link to one never starts by itself.
      useLab.getState().config.autostart && !autostartHandled && !tableInView(useLab.getState());
    autostartHandled = true;
    watchFaults();
    initLab()
      .then(() => (autostart ? startTraining() : openOfferedStart()))
      .catch(() => undefined); // initLab has already shown the error
  }, []);

  return (
    <div className={present ? 'app present' : 'app'}>
      <header data-tour="header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <BackendBadge />
        <HeaderTools />
      </header>
      <DatasetTabs />
      <ErrorAlert />
      <RecoveryNotice />
      <Notices />
      <main>
        <aside>
          <div data-tour="train">
            <TrainPanel />
          </div>
          <div data-tour="data">
            {table ? <CsvLoadPanel /> : <DataPanel />}
            <ToyPanel />
          </div>
          <div data-tour="model">
            <Advanced title={t('fold.model')}>
              <ModelPanel />
            </Advanced>
          </div>
          <Advanced title={t('fold.models')}>
            <ModelsPanel />
          </Advanced>
        </aside>
        <div className="results">
          <LessonPanel />
          <PretrainedBanner />
          <PlaygroundPanel />
          {table && <MonitorPanel />}
          {table && <TablePlanPanel />}
          {views.includes('adversarial-charts') && <GanCharts />}
          {views.includes('loss-chart') && <LossChart />}
          {table && <SeriesChart />}
          {generates && <GanGrid />}
          {views.includes('interpolation') && <Interpolation />}
          {views.includes('reconstructions') && (
            <SampleGrid testId={generates ? 'reconstruction-grid' : 'sample-grid'} />
          )}
          {views.includes('reconstructions') && table && <SequenceChart />}
          <div data-tour="detect">
            <DetectPanel />
          </div>
          {!table && <ProbePanel />}
          <Advanced title={t('fold.leaderboard')}>
            <Leaderboard />
            <SearchPanel />
          </Advanced>
          {views.includes('latent-scatter') && <LatentScatter />}
          {views.includes('prior-grid') && <PriorGrid />}
          {views.includes('manifold-grid') && <ManifoldGrid />}
          {table && <AnomalyTable />}
          {table && <ModelOnlyCard />}
          {table && <ScoreFilePanel />}
          <DigitGallery />
          <Advanced title={t('fold.feedback')}>
            <FeedbackPanel />
            <LabelQueue />
          </Advanced>
        </div>
      </main>
    </div>
  );
}
