import { useEffect } from 'react';
import { initLab, startTraining } from '../store/labClient';
import { useLab } from '../store/labStore';
import { LossChart } from './charts/LossChart';
import { BackendBadge } from './common/BackendBadge';
import { ErrorAlert, Notices } from './common/Messages';
import { DigitGallery } from './grids/DigitGallery';
import { SampleGrid } from './grids/SampleGrid';
import { DataPanel } from './panels/DataPanel';
import { DetectPanel } from './panels/DetectPanel';
import { ModelPanel } from './panels/ModelPanel';
import { TrainPanel } from './panels/TrainPanel';

// Module-level so React's development double-mount cannot start two runs.
let autostartHandled = false;

export function App() {
  useEffect(() => {
    const autostart = useLab.getState().config.autostart && !autostartHandled;
    autostartHandled = true;
    initLab()
      .then(() => (autostart ? startTraining() : undefined))
      .catch(() => undefined); // initLab has already shown the error
  }, []);

  return (
    <div className="app">
      <header>
        <h1>Anomaly Lab</h1>
        <p className="tagline">Train an autoencoder on the digits you call normal; see what it finds odd. Everything runs in this tab.</p>
        <BackendBadge />
      </header>
      <ErrorAlert />
      <Notices />
      <main>
        <aside>
          <TrainPanel />
          <DataPanel />
          <ModelPanel />
        </aside>
        <div className="results">
          <LossChart />
          <SampleGrid />
          <DetectPanel />
          <DigitGallery />
        </div>
      </main>
    </div>
  );
}
