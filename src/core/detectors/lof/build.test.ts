import { describeClassicalContract } from '../classicalContract';
import { build } from './build';

// Its parity with scikit-learn: classical-shared/parity.test.ts.
describeClassicalContract('Local Outlier Factor', build, { neighbors: 10 });
