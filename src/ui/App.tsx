import { useEffect } from 'react';
import { startTraining, switchDataset } from '../store/labClient';
import { initLab } from '../store/runState';
import { activeViews, isRunning, useLab } from '../store/labStore';
import { ManifoldGrid, PriorGrid } from './grids/DecodedGrid';
import { useShallow } from 'zustand/react/shallow';
import { isTableSource, sources } from '../core/sources/registry';
import { LossChart } from './charts/LossChart';
import { LatentScatter } from './charts/LatentScatter';
import { BackendBadge } from './common/BackendBadge';
import { ErrorAlert, Notices } from './common/Messages';
import { AnomalyTable } from './csv/AnomalyTable';
import { CsvLoadPanel } from './csv/CsvLoadPanel';
import { ScoreFilePanel } from './csv/ScoreFilePanel';
import { ModelOnlyCard } from './project/ModelOnlyCard';
import { SeriesChart } from './csv/SeriesChart';
import { TablePlanPanel } from './csv/TablePlanPanel';
import { usePageDrop } from './csv/usePageDrop';
import { Leaderboard } from './leaderboard/Leaderboard';
import { GanCharts } from './gan/GanCharts';
import { GanGrid } from './gan/GanGrid';
import { Interpolation } from './gan/Interpolation';
import { DigitGallery } from './grids/DigitGallery';
import { SampleGrid } from './grids/SampleGrid';
import { DataPanel } from './panels/DataPanel';
import { DetectPanel } from './panels/DetectPanel';
import { ModelPanel } from './panels/ModelPanel';
import { TrainPanel } from './panels/TrainPanel';
import { ModelsPanel } from './project/ModelsPanel';
import { FeedbackPanel } from './feedback/FeedbackPanel';

// Module-level so React's development double-mount cannot start two runs.
let autostartHandled = false;

function DatasetTabs() {
  const dataset = useLab((s) => s.config.dataset);
  const busy = useLab(isRunning);
  return (
    <nav className="dataset-tabs" aria-label="Dataset">
      {sources.map((source) => (
        <button
          key={source.id}
          type="button"
          data-testid={`dataset-${source.id}`}
          aria-pressed={dataset === source.id}
          disabled={busy}
          onClick={() => void switchDataset(source.id)}
        >
          {source.label}
        </button>
      ))}
    </nav>
  );
}

export function App() {
  const table = useLab((s) => isTableSource(s.config.dataset));
  const views = useLab(useShallow(activeViews));
  const generates = views.includes('generated-grid');
  usePageDrop();
  useEffect(() => {
    const autostart =
      useLab.getState().config.autostart && !autostartHandled && !isTableSource(useLab.getState().config.dataset);
    autostartHandled = true;
    initLab()
      .then(() => (autostart ? startTraining() : undefined))
      .catch(() => undefined); // initLab has already shown the error
  }, []);

  return (
    <div className="app">
      <header>
        <h1>Anomaly Lab</h1>
        <p className="tagline">
          Train an autoencoder on what you call normal, on MNIST digits, Fashion-MNIST or your own table; see what it
          finds odd. Everything runs in this tab.
        </p>
        <BackendBadge />
      </header>
      <DatasetTabs />
      <ErrorAlert />
      <Notices />
      <main>
        <aside>
          <TrainPanel />
          {table ? <CsvLoadPanel /> : <DataPanel />}
          <ModelPanel />
          <ModelsPanel />
        </aside>
        <div className="results">
          {table && <TablePlanPanel />}
          {views.includes('adversarial-charts') && <GanCharts />}
          {views.includes('loss-chart') && <LossChart />}
          {table && <SeriesChart />}
          {generates && <GanGrid />}
          {views.includes('interpolation') && <Interpolation />}
          {views.includes('reconstructions') && (
            <SampleGrid testId={generates ? 'reconstruction-grid' : 'sample-grid'} />
          )}
          <DetectPanel />
          <Leaderboard />
          {views.includes('latent-scatter') && <LatentScatter />}
          {views.includes('prior-grid') && <PriorGrid />}
          {views.includes('manifold-grid') && <ManifoldGrid />}
          {table && <AnomalyTable />}
          {table && <ModelOnlyCard />}
          {table && <ScoreFilePanel />}
          <DigitGallery />
          <FeedbackPanel />
        </div>
      </main>
    </div>
  );
}
