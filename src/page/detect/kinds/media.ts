import { wordSet } from '../../../core/text/word-list';
import { add, type Evidence, hasAny, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import type { StructureCounts } from '../structure-counts';

/** Video, audio and photo-gallery pages: the story is in the media, not in prose the engine can read. */
const AUDIO_TYPES = wordSet('PodcastEpisode PodcastSeries RadioSeries RadioEpisode AudioObject MusicRecording');
const GALLERY_TYPES = wordSet('ImageGallery MediaGallery');

export function videoEvidence(facts: PageFacts, counts: StructureCounts | null): Evidence {
  const ev = newEvidence();
  if (facts.ogType?.startsWith('video')) add(ev, 2.5, `og:type ${facts.ogType}`);
  if (facts.url.kind === 'video') add(ev, 3, 'url: video path');
  if (facts.schemaTypes.has('VideoObject')) add(ev, 1, 'schema: video');
  if (counts && counts.videos > 0 && facts.prose.chars < 500) add(ev, 0.5, 'video player, little prose');
  return ev;
}

export function audioEvidence(facts: PageFacts): Evidence {
  const ev = newEvidence();
  if (facts.url.kind === 'audio') add(ev, 2, 'url: audio path');
  if (hasAny(facts.schemaTypes, AUDIO_TYPES)) add(ev, 2, 'schema: audio');
  if (facts.ogType?.startsWith('music')) add(ev, 2, `og:type ${facts.ogType}`);
  return ev;
}

export function galleryEvidence(facts: PageFacts, counts: StructureCounts | null): Evidence {
  const ev = newEvidence();
  if (facts.url.kind === 'gallery') add(ev, 3, 'url: gallery path');
  if (hasAny(facts.schemaTypes, GALLERY_TYPES)) add(ev, 2, 'schema: gallery');
  if (counts && counts.figures >= 8 && facts.prose.chars < counts.figures * 150)
    add(ev, 1, `${counts.figures} figures`);
  return ev;
}
