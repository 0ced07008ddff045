import { benchAdversarial } from './adversarial';
import { benchEngine } from './engine';

/** npm run bench: every benchmark, figures printed for the closing notes. */
benchEngine();
benchAdversarial();
