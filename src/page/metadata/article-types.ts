/** schema.org types that mark a page as a news or blog article. */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicQuestion',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'SatiricalArticle',
  'TechArticle',
  'SocialMediaPosting',
]);

/** Types that mark a page as something else: indexes, media, recipes, forums, products. */
export const NON_ARTICLE_TYPES = new Set([
  'CollectionPage',
  'ItemList',
  'SearchResultsPage',
  'VideoObject',
  'ImageGallery',
  'MediaGallery',
  'Recipe',
  'QAPage',
  'DiscussionForumPosting',
  'Product',
  'ProfilePage',
  'Event',
]);
