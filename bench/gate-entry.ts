import { detectArticle } from '../src/page/detect/detect';
import { extractArticle } from '../src/page/extract/extract';

/** The gate and extractor as one script, evaluated in a saved page by bench/gate-chromium.ts. */
(globalThis as unknown as { SourcelightBench: unknown }).SourcelightBench = { detectArticle, extractArticle };
