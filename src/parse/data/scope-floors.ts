/**
 * The least a fair fixed price pays per counted deliverable, in US dollars. They are floors, not
 * market rates: a price under count x floor pays a few dollars for each piece ("$300 for 64
 * lectures" is under $5 a lecture), so the post is flagged as pay far below market. Each unit is
 * listed with its singular and plural forms as posts write them.
 */
export const SCOPE_FLOORS: readonly { units: readonly string[]; floor: number }[] = [
  { units: ['lecture', 'lectures', 'lesson', 'lessons', 'class', 'classes', 'webinar', 'webinars', 'workshop', 'workshops'], floor: 20 },
  { units: ['article', 'articles', 'blog post', 'blog posts', 'blog', 'blogs', 'chapter', 'chapters', 'episode', 'episodes'], floor: 10 },
  { units: ['video', 'videos', 'reel', 'reels', 'explainer', 'explainers'], floor: 10 },
  { units: ['logo', 'logos', 'illustration', 'illustrations', 'landing page', 'landing pages', 'web page', 'web pages'], floor: 10 },
  { units: ['module', 'modules', 'app screen', 'app screens', 'dashboard', 'dashboards', 'report', 'reports'], floor: 20 },
];
