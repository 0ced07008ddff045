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

export function countStructure(doc: Document): StructureCounts {
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
