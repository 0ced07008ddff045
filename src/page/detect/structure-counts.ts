/**
 * Structural counts that tell index, shop, recipe and forum pages from stories. Attribute-substring
 * selectors are the gate's most expensive calls, so these are read only for pages whose article evidence
 * alone would pass (see PageFacts.structure).
 */
export interface StructureCounts {
  /** Links whose text is a headline (inside h2–h4, or wrapping one): teasers on an index page. */
  headlineLinks: number;
  figures: number;
  /** Price tags and "add to cart" controls. */
  prices: number;
  cartControls: number;
  /** Recipe ingredient lines. */
  ingredients: number;
  /** Bodies of user posts or comments (forum software, Q&A sites, comment threads). */
  posts: number;
  videos: number;
}

/** In-page anchors (a table of contents) are not teasers. */
const TEASER_LINK = 'a[href]:not([href^="#"])';
const HEADLINE_LINKS = `h2 ${TEASER_LINK}, h3 ${TEASER_LINK}, h4 ${TEASER_LINK}, ${TEASER_LINK} h2, ${TEASER_LINK} h3, ${TEASER_LINK} h4`;
const PRICES = '[itemprop="price"], [class*="price"], [class*="Price"], [data-price]';
const CART =
  '[class*="ddToCart"], [class*="dd-to-cart"], [class*="dd-to-bag"], form[action*="/cart"], button[name="add"]';
const INGREDIENTS = '[itemprop="recipeIngredient"], [itemprop="ingredients"], [class*="ingredient"]';
/** The body of one user post or comment, as forum, Q&A and comment software mark it up. */
const POSTS = [
  '[itemtype*="schema.org/Comment"]',
  '[itemtype*="schema.org/Answer"]',
  '[itemtype*="DiscussionForumPosting"]',
  '[itemprop="comment"]',
  '[data-author]',
  '[data-post-id]',
  '[data-postid]',
  '[class*="comment-content"]',
  '[class*="comment_text"]',
  '[class*="comment-body"]',
  '[class*="commentText"]',
  '[class*="messageText"]',
  '[class*="message-body"]',
  '[class*="message-content"]',
  '[class*="postcontent"]',
  '[class*="postContent"]',
  '[class*="post-body"]',
  '[class*="postBody"]',
  '[class*="post_body"]',
  '[class*="postmsg"]',
  '[class*="answer_content"]',
  '[class*="answercell"]',
  '[class*="topic-body"]',
  '[class*="forum-post"]',
  '[class*="reply-content"]',
].join(', ');

/**
 * Above this many elements the counts are not taken (safety work, issue 8): on a page of 100,000 elements these
 * selectors alone blocked the page for over 100 ms. Such a page is declined before extraction anyway
 * (src/content/page-size.ts uses the same limit), so the gate's verdict without them changes nothing the
 * reader sees; news pages have a few thousand elements.
 */
const MAX_COUNTED_ELEMENTS = 30_000;
const NONE: StructureCounts = {
  headlineLinks: 0,
  figures: 0,
  prices: 0,
  cartControls: 0,
  ingredients: 0,
  posts: 0,
  videos: 0,
};

export function countStructure(doc: Document): StructureCounts {
  if (doc.getElementsByTagName('*').length > MAX_COUNTED_ELEMENTS) return NONE;
  return {
    headlineLinks: doc.querySelectorAll(HEADLINE_LINKS).length,
    figures: doc.getElementsByTagName('figure').length,
    prices: doc.querySelectorAll(PRICES).length,
    cartControls: doc.querySelectorAll(CART).length,
    ingredients: doc.querySelectorAll(INGREDIENTS).length,
    posts: doc.querySelectorAll(POSTS).length,
    videos: doc.getElementsByTagName('video').length,
  };
}
