import type { Evidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import type { StructureCounts } from '../structure-counts';
import { forumEvidence } from './forum';
import { listingEvidence } from './listing';
import { audioEvidence, galleryEvidence, videoEvidence } from './media';
import { recipeEvidence } from './recipe';
import { serviceEvidence } from './service';
import { shopEvidence } from './shop';

/** Kinds of page that are not articles, each with its own detector. */
export type OtherKind = 'listing' | 'forum' | 'video' | 'audio' | 'gallery' | 'recipe' | 'shop' | 'service';

/** A detector reads the page's facts, and its structural counts when the gate has read them. */
export type KindDetector = (facts: PageFacts, counts: StructureCounts | null) => Evidence;

export const OTHER_KINDS: Record<OtherKind, KindDetector> = {
  listing: listingEvidence,
  forum: forumEvidence,
  video: videoEvidence,
  audio: audioEvidence,
  gallery: galleryEvidence,
  recipe: recipeEvidence,
  shop: shopEvidence,
  service: serviceEvidence,
};
