import { describeClassicalContract } from '../classicalContract';
import { build } from './build';

describeClassicalContract('z-score', build);
