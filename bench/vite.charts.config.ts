import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import appConfig from '../vite.config';

/**
 * The app built with recharts in place of the lab's SVG charts (the line charts, the ROC plot and
 * the error histogram), for `npm run bench:charts` only: every other module is the app's own.
 */
const swapped = ['SvgLineChart', 'RocPlot', 'ErrorHistogram'];
const rechartsCharts: Plugin = {
  name: 'recharts-charts',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const name = swapped.find((chart) => resolved?.id.endsWith(`/src/ui/charts/${chart}.tsx`));
    return name ? fileURLToPath(new URL(`./recharts/${name}.tsx`, import.meta.url)) : null;
  },
};

export default mergeConfig(appConfig, {
  plugins: [rechartsCharts],
  build: { outDir: 'bench/charts-recharts-dist', emptyOutDir: true },
});
