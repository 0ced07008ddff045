import { wordSet } from '../../../core/text/word-list';
import { add, type Evidence, hasAny, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import type { StructureCounts } from '../structure-counts';

/** Product and category pages of shops. */
const SHOP_TYPES = wordSet('Product ProductGroup OfferCatalog AggregateOffer Store');

export function shopEvidence(facts: PageFacts, counts: StructureCounts | null): Evidence {
  const ev = newEvidence();
  if (hasAny(facts.schemaTypes, SHOP_TYPES)) add(ev, 2, 'schema: product');
  if (facts.ogType?.startsWith('product')) add(ev, 2, `og:type ${facts.ogType}`);
  if (facts.url.kind === 'shop') add(ev, 2, 'url: shop path');
  if (counts && counts.prices >= 6) add(ev, counts.prices >= 20 ? 3 : 1.5, `${counts.prices} prices`);
  if (counts && counts.cartControls > 0) add(ev, 1, 'add-to-cart controls');
  if (facts.url.shoppingAd) add(ev, 1.5, 'url: shopping-ad click id');
  return ev;
}
