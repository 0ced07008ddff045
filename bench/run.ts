import { benchAdversarial } from './adversarial';
import { benchEngine } from './engine';
import { benchGateNode } from './gate';
import { benchGateChromium } from './gate-chromium';

/** npm run bench: every benchmark, figures printed for the closing notes. */
benchEngine();
benchAdversarial();
benchGateNode();
await benchGateChromium();
